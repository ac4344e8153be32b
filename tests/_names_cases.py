"""Shared helpers for the name and recipient rule tests (not a test module)."""

from __future__ import annotations

from followup_lint import Interview, Interviewer


def iv(*people: str | tuple[str, str] | Interviewer, **kw) -> Interview:
    """An interview; a person is a name, (name, email) or an Interviewer."""
    out = []
    for p in people:
        if isinstance(p, Interviewer):
            out.append(p)
        elif isinstance(p, tuple):
            out.append(Interviewer(p[0], p[1]))
        else:
            out.append(Interviewer(p))
    return Interview(interviewers=tuple(out), **kw)


# The body after a greeting line, for tests that vary only the greeting.
GREETING_BODY = "\n\nThank you for the interview today.\n\nI look forward to hearing from you.\n\nBest regards,\nSam"

# (greeting, interviewer): greetings that name the interviewer, in the forms writers of many Englishes use.
NAMING_GREETINGS = [
    # honorific and professional titles before a surname or given name
    ("Good evening Pharm. Adebayo,", "Oluwaseun Adebayo"), ("Dear Engr. Musa,", "Ibrahim Musa"),
    ("Hello Capt. Grant,", "Alisha Grant"), ("Dear Captain Grant,", "Alisha Grant"),
    ("Dear Chef Marco,", "Marco Bellini"), ("Dear Alhaji Bello,", "Aminu Bello"),
    ("Good afternoon Chief Okoro,", "Joseph Okoro"), ("Dear Adv. Rao,", "Lakshmi Rao"),
    ("Dear Shri Iyer,", "Venkatesh Iyer"), ("Dear Atty. Santos,", "Maria Santos"),
    ("Dear Datuk Lee,", "Lee Chong Wei"), ("Dear Father Walsh,", "Patrick Walsh"),
    ("Dear Ms Barr,", "Fiona Barr"),  # a surname that is also a title stays a name
    ("Dear Mr. Judge,", "Anthony Judge"),
    ("Dear Eng. Khalid,", "Khalid Al-Mansouri"), ("Dear Eng. Al-Mansouri,", "Khalid Al-Mansouri"),
    ("Dear Ing. Novák,", "Petr Novák"), ("Dear Mgr. Kowalska,", "Anna Kowalska"), ("Dear Dra. Ruiz,", "Carmen Ruiz"),
    ("Dear Arq. Pérez,", "Luis Pérez"), ("Dear Ir. Wijaya,", "Budi Wijaya"), ("Dear Haji Osman,", "Osman Rahman"),
    ("Good morning Eng. Layla,", "Layla Haddad"), ("Dear Eng Khalid,", "Khalid Al-Mansouri"),
    # a title word written after a title is the surname
    ("Dear Ms. Ing,", "Wei Ing"), ("Dear Mr Eng,", "Ah Eng"), ("Dear Mr Ma,", "Ma Jun"),
    # suffix honorifics and West African forms
    ("Dear Tanaka-san,", "Yuki Tanaka"), ("Dear Rajesh-ji,", "Rajesh Kumar"), ("Dear Aunty Ngozi,", "Ngozi Okafor"),
    # greetings in the writer's other language
    ("Namaste Rajesh,", "Rajesh Kumar"), ("Salaam Amir,", "Amir Haddad"),
    ("Assalamu alaikum Amir,", "Amir Haddad"), ("As-salamu alaykum Mr. Haddad,", "Amir Haddad"),
    ("Shwmae Rhys,", "Rhys Evans"), ("Habari Juma,", "Juma Otieno"), ("Jambo Juma,", "Juma Otieno"),
    ("Vanakkam Priya,", "Priya Raman"), ("Mabuhay Maria,", "Maria Santos"), ("Sannu Aminu,", "Aminu Bello"),
    ("Prezado Sr. Costa,", "João Costa"), ("Prezada Ana,", "Ana Oliveira"),
    ("Szanowna Pani Kowalska,", "Anna Kowalska"), ("Querida Marta,", "Marta Lopes"),
    # given names without their leading element, and short forms
    ("Hi Funmi,", "Olufunmilayo Ade"), ("Hi Mide,", "Olumide Bello"), ("Hi Toyin,", "Oluwatoyin Bello"),
    ("Dear Rahman,", "Abdulrahman Said"), ("Hi Emeka,", "Chukwuemeka Obi"),
    ("Dear Gosia,", "Małgorzata Wiśniewska"), ("Hi Kasia,", "Katarzyna Zielińska"), ("Hello Tomek,", "Tomasz Nowak"),
    ("Hi Kuba,", "Jakub Lewandowski"), ("Dear Wojtek,", "Wojciech Mazur"), ("Hi Basia,", "Barbara Kamińska"),
    ("Hi Zé,", "José Carvalho"), ("Hi Gabi,", "Gabriela Souza"),
    # a title glued to the name by its full stop, no space
    ("Dear Mr.Okonkwo,", "Chinedu Okonkwo"), ("Hello Dr.Lindqvist:", "Sarah Lindqvist"),
    ("Dear Ms.Hannah Byrne,", "Hannah Byrne"), ("Good morning Prof.Yılmaz,", "Özge Yılmaz"),
    # an initial before the surname
    ("Dear J. Okafor,", "Jideofor Okafor"), ("Dear Dr. K. Mensah,", "Kwame Mensah"),
    ("Dear Dr. K. Mensah", "Kwame Mensah"), ("Dear Ms. E. Smith-Jones,", "Eleanor Smith-Jones"),
    ("Dear A. García Márquez,", "Ana García Márquez"), ("Hello M. Chen,", "Mei Chen"),
    ("Dear Mr. T. O'Brien,", "Thomas O'Brien"), ("Dear R. J. Patel,", "Ravi Jay Patel"),
    ("Dear Prof. Ö. Yılmaz,", "Özge Yılmaz"), ("Dear S. Lindqvist,", "Sarah Lindqvist"),
]

# (greeting, interviewer, the name reported): somebody else's name, whatever form the greeting takes.
STRANGER_GREETINGS = [
    ("Dear Eng. Omar,", "Khalid Al-Mansouri", "Omar"), ("Dear Ing. Svoboda,", "Petr Novák", "Svoboda"),
    ("Dear Mgr. Nowak,", "Anna Kowalska", "Nowak"), ("Dear Dra. Gómez,", "Carmen Ruiz", "Gómez"),
    ("Dear Ir. Santoso,", "Budi Wijaya", "Santoso"),
    ("Dear Gosia,", "Katarzyna Zielińska", "Gosia"), ("Hi Kasia,", "Małgorzata Wiśniewska", "Kasia"),
    ("Prezado Sr. Lima,", "João Costa", "Lima"), ("Hi Tomek,", "Jakub Lewandowski", "Tomek"),
    ("Dear Melissa,", "Jack Thornton", "Melissa"), ("Dear Dr. Brennan,", "Kwame Mensah", "Brennan"),
    ("Hi Priya,", "Mark Ellison", "Priya"), ("Dear Ms. Walsh,", "Eleanor Smith-Jones", "Walsh"),
    ("Dear Mr. Okoye,", "Jideofor Okafor", "Okoye"), ("Hello Dana,", "Sarah Mbeki", "Dana"),
    ("Dear Mr. Hughes,", "Anand Rao", "Hughes"), ("Dear Gabriel,", "Faith Chukwu", "Gabriel"),
    ("Hi Tobias,", "Will Carrington", "Tobias"), ("Dear Ms. Lindgren,", "Rose Delacroix", "Lindgren"),
    ("Jambo Peter,", "Juma Otieno", "Peter"),
    ("Dear Seyi,", "Oluwaseun Adebayo", "Seyi"), ("Hi Dike,", "Chukwudi Obi", "Dike"),
    ("Hi Lami,", "Olufunmilayo Ade", "Lami"),
]
