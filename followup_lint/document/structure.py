"""The parts of an email body: greeting, sign-off, signature, quoted reply, disclaimers.

Everything here works on the plain text view of the body and returns offsets into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Greeting", "Signoff", "find_quote_start", "find_signature_start", "find_greeting", "find_signoff",
           "quoted_line_ranges", "boilerplate_ranges", "TITLES", "HONORIFICS", "BARE_GENERIC", "SIGNOFF_PHRASES"]

TITLES: Final = frozenset(
    "mr mrs ms miss mx dr prof professor sir madam madame mme mlle herr frau sr sra srta dott "
    "sister matron rev revd reverend pastor rabbi coach".split()
)
#: professional and honorific titles written before a name in some regions and trades ("Pharm. Adebayo",
#: "Engr. Musa" in Nigeria, "Er. Sharma", "Adv. Rao", "Shri"/"Smt." in India, "Atty."/"Arch." in the
#: Philippines, "Capt. Grant", "Chef Marco", "Datuk Lee", "Eng. Khalid" in the Gulf and Egypt, "Ing. Novák"
#: in Central Europe and Latin America, "Mgr. Kowalska", "Pani Kowalska", "Dra. Ruiz", "Arq. Pérez",
#: "Ir. Wijaya", "Haji Osman"); a title only when a capitalised name follows or when it is the whole
#: address ("Dear Captain,"), since several are also surnames ("Mr Barr", "Ms Judge")
HONORIFICS: Final = frozenset(
    "pharm engr eng er ing mgr dra arq ir haji hajjah pani panie arch archt atty barr barrister adv advocate hon chief "
    "alhaji alhaja mallam capt captain "
    "cdr cmdr commander col colonel maj major lt sgt cpl chef fr father imam sheikh shaikh ustaz ustazah "
    "dato datuk datin shri smt judge amb ambassador dame lord lady senator governor lic principal "
    "doctor doc aunty auntie uncle".split()
)
_HONORIFIC_NEXT: Final = re.compile(r"[ \t]+[^\W\d_a-z]")
_HONORIFIC_ALONE: Final = re.compile(r"[ \t]*(?:[,:!;]|$)")  # "Dear Captain," / "Hi Chef!"
#: "Good morning Ma," / "Yes Sah": West African forms of "ma'am" and "sir" (after a title, "Mr Ma" is a name)
BARE_GENERIC: Final = frozenset({"ma", "sah"})
#: an honorific joined to the name with a hyphen (Japanese "Tanaka-san", Hindi "Rajesh-ji")
_NAME_SUFFIX: Final = re.compile(r"-(?:san|sama|sensei|senpai|kun|ji|jee|sahib|saab)\.?$", re.IGNORECASE)
_SALUTATION: Final = re.compile(
    r"(?:dear|respected|hi|hello|hey|hiya|howdy|greetings|g['’]day|kia\sora|good\s(?:morning|afternoon|evening|day)|morning|afternoon|"
    r"to\swhom\sit\smay\sconcern|hallo|hola|bonjour|salut|ciao|olá|ola|guten\stag|liebe|lieber|sehr\sgeehrte[rs]?|estimad[oa]s?|"
    # greetings in the writer's other language, common at the top of English notes (South Asian, Arabic,
    # Hebrew, Hawaiian, Filipino, Swahili, Zulu, Welsh, Hausa, Twi, Irish, Italian, Spanish, Portuguese, Japanese,
    # Turkish, Polish, Vietnamese)
    r"prezad[oa]s?|querid[oa]s?|szanown[aey]|kính\sgửi|xin\schào|"
    r"(?:as-?|a)?s?salaa?mu?\s?a?l[ae][iy]?kum|namaste|namaskar(?:am)?|vanakkam|sat\ssri\sakal|salaams?|salam|shalom|"
    r"aloha|mabuhay|k[au]musta|jambo|habari|sawubona|shwmae|bore\sda|prynhawn\sda|noswaith\sdda|sannu|akwaaba|"
    r"dia\sdh?uit|buongiorno|buen(?:os|as)\s(?:d[ií]as|tardes)|bom\sdia|boa\starde|konnichiwa|merhaba)"
    r"(?![\w])",
    re.IGNORECASE,
)
PARTICLES: Final = frozenset(
    "van der den de da di du dos das del della von la le ter ten bin binti ibn al el st mac zu af av".split()
)
GENERIC_ADDRESSEES: Final = frozenset(
    """there all everyone everybody team folks guys hiring manager managers recruiter recruiters recruitment
    committee panel sir madam sirs madams whom it may concern colleagues friends hr department human resources
    talent acquisition interviewer interviewers search you y'all yall people gang crew ma'am maam""".split()
)
SIGNOFF_PHRASES: Final = (
    "best", "best regards", "kind regards", "warm regards", "warmest regards", "regards", "sincerely",
    "sincerely yours", "yours sincerely", "yours truly", "yours faithfully", "respectfully", "respectfully yours",
    "cheers", "thanks", "thanks again", "thanks so much", "thank you", "thank you again", "many thanks",
    "thanks very much", "thank you so much", "with thanks", "with gratitude", "gratefully", "with appreciation",
    "all the best", "best wishes", "warmly", "warm wishes", "take care", "talk soon", "speak soon", "cordially",
    "with best regards", "with kind regards", "with warm regards", "kindest regards", "best,", "very best",
    "all best", "thanks and regards", "thanks & regards", "regards and thanks", "many thanks again",
    "appreciatively", "with many thanks", "best regards and thanks", "looking forward", "yours",
    "viele grüße", "viele grüsse", "beste grüße", "mit freundlichen grüßen", "liebe grüße", "lg", "vg", "mfg",
    "saludos", "un saludo", "atentamente", "cordialement", "bien à vous", "cordiali saluti", "saluti",
    "met vriendelijke groet", "groeten", "obrigado", "obrigada", "abraços", "gracias", "merci", "danke",
    # formal closings of Indian, Nigerian and Caribbean English
    "thanking you", "thanking you in advance", "yours respectfully", "with regards", "with respect",
    "thanks and best regards", "thanks and kind regards", "thanks & best regards", "thanks & kind regards",
    "kind regards and thanks", "best regards and thank you", "blessings", "god bless", "stay blessed",
    # thanks and regards in the writer's other language (Welsh, Swahili, Māori, Arabic, Hindi, Hawaiian,
    # Quebec French)
    "cofion", "cofion gorau", "cofion cynnes", "diolch", "diolch yn fawr", "asante", "asante sana",
    "ngā mihi", "nga mihi", "ngā mihi nui", "nga mihi nui", "shukran", "mahalo",
    "bien cordialement", "meilleures salutations", "au plaisir", "merci beaucoup",
)
_SIGNOFF_SET: Final = frozenset(p.rstrip(",") for p in SIGNOFF_PHRASES)
# matched on a line's text without its leading and trailing blanks, and only on short lines (see
# find_signoff): two adjacent blank runs around an optional mark backtracked quadratically on
# 'Best regards,' + 8,000 spaces + 'Maya'
_SIGNOFF_LINE: Final = re.compile(r"(?P<words>[^\W\d_][^\n\r]{0,38}?)[ \t]*(?P<punct>[,.!:;—–-]?)$")
_SIGNOFF_MAX: Final = 60

_ATTRIBUTION_START: Final = re.compile(
    r"^[ \t]*(?:On|Am|Le|El|Il|Op|Em|Den|På|W dniu|Dne)\b", re.IGNORECASE
)
_ATTRIBUTION_END: Final = re.compile(
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|napisał|napsal)[^\n\r]{0,40}:[ \t]*$",
    re.IGNORECASE,
)
# Line anchors that know every line break the spans count ("\r\n", "\n" and a lone "\r"): ``$`` alone
# does not match before the "\r" of CRLF text, and ``^`` does not match after a lone "\r".
_BOL: Final = r"(?<![^\r\n])"
_EOL: Final = r"(?![^\r\n])"
_ORIGINAL: Final = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)[ \t]*-{2,}|"
    r"Begin forwarded message:|_{20,})[ \t]*" + _EOL,
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_FROM: Final = re.compile(r"^[ \t]*\*?(?:From|Von|De|Da|Van)\*?:[ \t]*\S", re.IGNORECASE | re.MULTILINE)
_HEADER_NEXT: Final = re.compile(r"^[ \t]*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|To|Subject)\*?:", re.IGNORECASE)
_SIG_DASHES: Final = re.compile(_BOL + r"--[ \t]?" + _EOL)
_MOBILE: Final = re.compile(
    _BOL + r"[ \t]*(?:Sent from my [^\n\r]{1,40}|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail)[^\n\r]{0,40}|"
    r"Get Outlook for [^\n\r]{1,30}|Sent via [^\n\r]{1,40}|Von meinem [^\n\r]{1,40} gesendet|Envoyé de mon [^\n\r]{1,40})[ \t]*" + _EOL,
    re.IGNORECASE,
)
_DISCLAIMER: Final = re.compile(
    r"^[ \t]*(?:CONFIDENTIALITY(?: NOTICE)?|DISCLAIMER|PRIVILEGED AND CONFIDENTIAL|NOTICE:|IMPORTANT:|"
    r"This (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^\n\r]{0,40})? (?:is|are|may contain|contains|and its)|"
    r"The information (?:contained )?in this (?:e-?mail|message|communication)|"
    r"If you (?:are not|have received this)[^\n\r]{0,60}(?:intended recipient|in error))",
    re.IGNORECASE | re.MULTILINE,
)

# Case-folded phrases of which every match of ``_MOBILE`` / ``_DISCLAIMER`` contains one.
_MOBILE_NEEDS: Final = ("sent from", "get outlook for", "sent via", "von meinem", "envoyé de mon")
_DISCLAIMER_NEEDS: Final = ("confidential", "disclaimer", "notice:", "important:", "this email", "this e-mail",
                            "this message", "this communication", "the information", "if you are not",
                            "if you have received this")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end before the line break."""
    out = []
    pos, n = 0, len(text)
    nl, cr = text.find("\n"), text.find("\r")  # the next of each break at or after pos (-1: none left)
    while True:
        if 0 <= nl < pos:
            nl = text.find("\n", pos)
        if 0 <= cr < pos:
            cr = text.find("\r", pos)
        j = nl if cr < 0 else cr if nl < 0 else min(nl, cr)
        if j < 0:
            out.append((pos, n))
            return out
        out.append((pos, j))
        pos = j + 2 if text.startswith("\r\n", j) else j + 1


def find_quote_start(text: str, lines: list[tuple[int, int]] | None = None) -> int | None:
    """Where a quoted reply or forwarded message begins (attribution line included), or ``None``."""
    lines = lines if lines is not None else _lines(text)
    best: int | None = None
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        if _ATTRIBUTION_START.match(line):
            if _ATTRIBUTION_END.search(line):
                best = s
                break
            if i + 1 < len(lines):  # wrapped over two lines
                ns, ne = lines[i + 1]
                if _ATTRIBUTION_END.search(text[ns:ne]) and len(text[s:ne]) < 300:
                    best = s
                    break
        if _ORIGINAL.match(line):
            best = s
            break
        if _HEADER_FROM.match(line):
            following = [text[a:b] for a, b in lines[i + 1:i + 4]]
            if sum(1 for f in following if _HEADER_NEXT.match(f)) >= 1:
                best = s
                break
    return best


def quoted_line_ranges(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every line starting with ``>`` (a quoted line)."""
    if ">" not in text:
        return []
    return [(s, e) for s, e in lines if text[s:e].lstrip(" \t").startswith(">")]


def find_signature_start(text: str) -> int | None:
    """The ``-- `` signature delimiter, or ``None``."""
    if "--" not in text:
        return None
    m = _SIG_DASHES.search(text)
    return m.start() if m else None


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """"Sent from my iPhone" lines and legal disclaimers (to the end of their paragraph)."""
    # Speed: each pattern runs only when the case-folded text holds one of the phrases it needs
    # (casefold, not lower: it also folds the characters re.IGNORECASE equates, like "ſ" and "s"; "İ",
    # which casefold turns into two characters, turns the precheck off).
    folded = text.casefold() if "\u0130" not in text else None
    ranges = [(m.start(), m.end()) for m in _MOBILE.finditer(text)] if folded is None or any(
        n in folded for n in _MOBILE_NEEDS) else []
    for m in _DISCLAIMER.finditer(text) if folded is None or any(n in folded for n in _DISCLAIMER_NEEDS) else ():
        end = text.find("\n\n", m.start())
        end2 = text.find("\r\n\r\n", m.start())
        ends = [x for x in (end, end2) if x >= 0]
        ranges.append((m.start(), min(ends) if ends else len(text)))
    return ranges


@dataclass(frozen=True, slots=True)
class Greeting:
    """The greeting line: ``start``/``end`` cover the greeting words ("Hi Dana"), ``punct`` what follows."""

    start: int
    end: int
    line_start: int
    line_end: int
    salutation: str            # "Hi", "Dear", or "" for a bare "Dana,"
    names: tuple[tuple[int, int, str], ...]  # the words after the salutation, titles and "and" excluded
    titles: tuple[str, ...]
    punct: str                 # "," ":" "!" or "" when missing
    punct_at: int              # offset of the punctuation (or where it belongs)
    generic: bool              # "Hi there", "Dear Hiring Manager", "To whom it may concern"


_NAME_WORD: Final = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,60}\]|<[A-Z][^<>\n]{0,60}>|_{3,}|\([^()\n]{1,40}\)"
    r"|[^\W\d_](?:[\w\u0300-\u036f'’.-]{0,40}[^\W_]|[\u0300-\u036f])?[\u0300-\u036f]?\.?"
)


def find_greeting(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]]) -> Greeting | None:
    """The greeting on the first non-blank line of the candidate's text, if it has one."""
    first = next(((s, e) for s, e in lines if s < own_end and e > own_start and text[s:e].strip(" \t\ufeff\u200b")), None)
    if first is None:
        return None
    s, e = first
    line = text[s:e]
    lead = len(line) - len(line.lstrip(" \t\ufeff\u200b"))
    body_start = s + lead
    m = _SALUTATION.match(text, body_start, e)
    salutation = ""
    cursor = body_start
    if m:
        salutation = m.group(0)
        cursor = m.end()
        if salutation.lower().startswith("to whom"):
            return _finish(text, body_start, cursor, s, e, salutation, [], [], generic=True)
        vocative = _COMMA_NAMES.match(text, cursor, e)
        if vocative:  # "Hi, Dana!" / "Good morning, Dr. Patel:" (not "Hi, thanks for ...")
            cursor = vocative.start("names")
    # Walk the name words after the salutation up to punctuation or a sentence
    names: list[tuple[int, int, str]] = []
    titles: list[str] = []
    words_seen = 0
    pos = cursor
    end_words = cursor
    while pos < e:
        ch = text[pos]
        if ch in " \t":
            pos += 1
            continue
        if ch in ",:!;—–" or (ch == "-" and pos + 1 < e and text[pos + 1] in " \t"):
            # a comma between names: "Hi Ana, Raj and Tom," keeps going when a capitalised word follows
            if ch == "," and names:
                nxt = pos + 1
                while nxt < e and text[nxt] in " \t":
                    nxt += 1
                wm = _NAME_WORD.match(text, nxt, e)
                if wm and wm.group(0)[:1].isupper() and (_after_is_name_list(text, wm.end(), e)
                                                         or wm.group(0).rstrip(".").lower() in TITLES):
                    pos = nxt
                    continue
            break
        if ch == "&":
            pos += 1
            continue
        wm = _NAME_WORD.match(text, pos, e)
        if not wm:
            break
        word = wm.group(0)
        bare = word.rstrip(".").lower()
        if bare in ("and", "und", "et", "y", "e"):
            pos = wm.end()
            continue
        if bare in TITLES or (bare in HONORIFICS and word[:1].isupper()
                              and (_HONORIFIC_NEXT.match(text, wm.end(), e)
                                   or (salutation and not names and not titles
                                       and _HONORIFIC_ALONE.match(text, wm.end(), e)))):
            titles.append(word)
            pos = wm.end()
            end_words = pos
            continue
        is_slot = word[:1] in "{[<_("
        if is_slot and not salutation and not names:
            return None
        if not salutation and not is_slot and not word[:1].isupper():
            return None
        if bare in PARTICLES and _NEXT_CAPITAL.match(text, wm.end(), e):
            words_seen += 1
            names.append((wm.start(), wm.end(), word))
            pos = wm.end()
            end_words = pos
            continue
        if salutation and not is_slot and not word[:1].isupper() and bare not in GENERIC_ADDRESSEES:
            # lower-case word: the sentence has started ("Hi, thanks for..."), unless all lower-case
            if names and all(n[2][:1].islower() for n in names) and _lowercase_name_list(text, pos, e):
                pass  # "hey sam and jo!"
            elif names or titles:
                break
            elif bare in ("there", "all", "everyone", "team", "folks"):
                pass
            elif not _lowercase_name_list(text, pos, e):
                break
        words_seen += 1
        if words_seen > 6:
            return None if not salutation else _finish(text, body_start, end_words, s, e, salutation, names, titles)
        suffix = _NAME_SUFFIX.search(word)
        if suffix and suffix.start() > 1:  # "Tanaka-san", "Rajesh-ji": the name without its honorific
            names.append((wm.start(), wm.start() + suffix.start(), word[:suffix.start()]))
        else:
            names.append((wm.start(), wm.end() - (1 if word.endswith(".") and bare not in TITLES else 0),
                          word.rstrip(".")))
        pos = wm.end()
        end_words = wm.end() if suffix and suffix.start() > 1 else names[-1][1]
    if not salutation:
        # a bare "Dana," line: one to three capitalised words and a comma or colon, nothing else
        rest = text[end_words:e].strip()
        if not names or len(names) > 3 or rest not in (",", ":", "!"):
            return None
    return _finish(text, body_start, end_words, s, e, salutation, names, titles)


_NEXT_CAPITAL: Final = re.compile(r"[ \t]+(?:[a-z]{1,5}[ \t]+){0,2}[^\W\d_a-z]")


_COMMA_NAMES: Final = re.compile(
    r",[ \t]*(?P<names>(?:[A-Z][\w'’.-]{0,40}|\{\{[^{}\n]{1,60}\}\}|\[[^\[\]\n]{1,60}\])"
    r"(?:[ \t]+(?:(?:and|&|van|von|der|den|de|del|la|le|da|di|du|dos|bin|al|el)[ \t]+)*"
    r"(?:[A-Z][\w'’.-]{0,40}|\{\{[^{}\n]{1,60}\}\}|\[[^\[\]\n]{1,60}\])){0,4})[ \t]*(?:[,:!;—–-]|$)",
    re.MULTILINE,
)


_LOWER_NAMES: Final = re.compile(
    r"[^\W\d_][\w'’-]{0,30}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[^\W\d_][\w'’-]{0,30}){0,2}[ \t]*[,:!]"
)


def _lowercase_name_list(text: str, pos: int, end: int) -> bool:
    """An all lower-case greeting ("hi dana," / "hey sam and jo!"): one to three words, then , : or !."""
    return _LOWER_NAMES.match(text, pos, end) is not None


def _after_is_name_list(text: str, pos: int, end: int) -> bool:
    """After "Hi Ana, Raj": more names or the end of the greeting (not "Hi Ana, Thanks for ...")."""
    rest = text[pos:end].lstrip()
    return rest[:1] in (",", ":", "!", "&", "") or rest.lower().startswith(("and ", "& "))


def _finish(text: str, start: int, end: int, line_start: int, line_end: int, salutation: str,
            names: list[tuple[int, int, str]], titles: list[str], generic: bool | None = None) -> Greeting:
    end = max(end, start + len(salutation))
    while end > start and text[end - 1] in " \t":
        end -= 1
    p = end
    while p < line_end and text[p] in " \t":
        p += 1
    punct = text[p] if p < line_end and text[p] in ",:!;—–-" else ""
    if generic is None:
        words = {n[2].lower().strip("'’") for n in names}
        generic = not names or words <= GENERIC_ADDRESSEES or (not titles and words <= BARE_GENERIC)
    return Greeting(start, end, line_start, line_end, salutation, tuple(names), tuple(titles), punct,
                    p if punct else end, generic)


@dataclass(frozen=True, slots=True)
class Signoff:
    """The closing ("Best regards,"): ``start``/``end`` cover the words, ``punct`` what follows them."""

    start: int
    end: int
    line_start: int
    line_end: int
    phrase: str
    punct: str
    punct_at: int
    name_start: int | None      # where the signature name begins (the line after), if any


def _last_lines(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]],
                count: int) -> list[tuple[int, int]]:
    """The last ``count`` (or fewer) non-blank lines starting in ``[own_start, own_end)``, in order."""
    out: list[tuple[int, int]] = []
    for s, e in reversed(lines):
        if s < own_start:
            break  # lines are in order: every earlier line starts before own_start too
        if s < own_end and text[s:e].strip():
            out.append((s, e))
            if len(out) == count:
                break
    out.reverse()
    return out


def find_signoff(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]]) -> Signoff | None:
    """The last line of the candidate's text that is a closing phrase, followed only by a short signature."""
    # only the last eight non-blank lines can hold the closing or follow it: walk back to them
    candidates = _last_lines(text, own_start, own_end, lines, 8)
    # only the last few non-blank lines can hold the closing
    for idx in range(len(candidates) - 1, max(-1, len(candidates) - 9), -1):
        s, e = candidates[idx]
        line = text[s:e]
        core = line.strip(" \t")
        if not core or len(core) > _SIGNOFF_MAX:  # a closing is short: no regex on long lines
            continue
        ls = s + len(line) - len(line.lstrip(" \t"))
        m = _SIGNOFF_LINE.match(text, ls, ls + len(core))
        if not m:
            continue
        words = m.group("words")
        key = " ".join(words.lower().replace("’", "'").split())
        if key not in _SIGNOFF_SET:
            continue
        trailing = candidates[idx + 1:]
        if len(trailing) > 6 or any(len(text[a:b].split()) > 8 for a, b in trailing):
            continue
        ws = m.start("words")
        we = m.end("words")
        punct = m.group("punct")
        return Signoff(ws, we, s, e, words, punct, m.start("punct") if punct else we,
                       trailing[0][0] if trailing else None)
    return None
