"""A second reading of the import rules (see tests/unit/tst_importcorpus.cpp), to check the hand-written expectations
of make_corpus.py: `make_corpus.py --check`. Needs python3-phonenumbers (Debian's package carries the same 8.12.57
metadata as the libphonenumber the app links).

It is deliberately plain and slow, and independent of the app's code: it reads each file with the encoding the
corpus says it has (encoding detection is the app's business; the corpus only asserts on the result), parses CSV
with line numbers, maps the header by the rules and imports row by row into an in-memory group.
"""

import json
import os
import re
import unicodedata

import phonenumbers

# --- reading -------------------------------------------------------------------------------------------------------

ENCODINGS = {  # file: how its bytes are to be read ('mixed': UTF-8 lines, else Windows-1254)
    'google_contacts_legacy.csv': 'utf-16', 'outlook.csv': 'cp1254', 'outlook_desktop.csv': 'cp1254',
    'turkish_excel.csv': 'cp1254', 'spanish.csv': 'cp1252', 'update_base.csv': 'cp1254',
    'mixed_encoding.csv': 'mixed',
}
DELIMITERS = {'pipe.csv': '|', 'colon.csv': ':'}


def decode(name, data):
    enc = ENCODINGS.get(name, 'utf-8')
    if enc == 'utf-16':
        assert data[:2] == b'\xff\xfe'
        return data[2:].decode('utf-16-le')
    if enc == 'mixed':
        out = []
        for raw in data.split(b'\n'):
            try:
                out.append(raw.decode('utf-8'))
            except UnicodeDecodeError:
                out.append(raw.decode('cp1254'))
        return '\n'.join(out)
    text = data.decode(enc)
    return text[1:] if text.startswith('\ufeff') else text


def physical_lines(text):
    return re.split(r'\r\n|\n|\r', text)


def delimiter_of(name, first_lines):
    if name in DELIMITERS:
        return DELIMITERS[name]
    sample = '\n'.join(first_lines)
    return max([',', ';', '\t'], key=sample.count)


class Cell:
    def __init__(self, value, quoted):
        self.value, self.quoted = value, quoted


def parse_records(text, delim):
    """[(line, [Cell], warning)]: records with the physical line they start on. A quote opening a field that is not
    closed before a delimiter or the line's end on a later line... is a stray one when its closing quote is not
    followed by a delimiter or a line end: the record's first line is read again without it."""
    lines = physical_lines(text)
    if lines and lines[-1] == '':
        lines.pop()
    records = []
    i = 0
    while i < len(lines):
        if lines[i] == '':
            i += 1
            continue
        start = i
        cells, end, ok = parse_strict(lines, i, delim)
        if ok:
            records.append((start + 1, cells, None))
            i = end + 1
        else:
            records.append((start + 1, parse_lenient(lines[i], delim), 'stray quote'))
            i += 1
    return records


def parse_strict(lines, i, delim):
    """The record starting on line i: (cells, its last line, True), or False when a quote in it is a stray one."""
    cells = []
    text = lines[i]
    pos = 0
    while True:
        j = pos
        while j < len(text) and text[j] == ' ':
            j += 1
        if j < len(text) and text[j] == '"':
            pos = j + 1
            value = ''
            while True:
                q = text.find('"', pos)
                if q < 0:  # the quoted field goes on on the next line
                    value += text[pos:] + '\n'
                    i += 1
                    if i >= len(lines):
                        return cells, i, False
                    text, pos = lines[i], 0
                    continue
                if q + 1 < len(text) and text[q + 1] == '"':
                    value += text[pos:q] + '"'
                    pos = q + 2
                    continue
                value += text[pos:q]
                pos = q + 1
                break
            while pos < len(text) and text[pos] == ' ':
                pos += 1
            if pos < len(text) and text[pos] != delim:
                return cells, i, False  # text after a closing quote: the opening one was stray
            cells.append(Cell(value, True))
        else:
            nxt = text.find(delim, pos)
            raw = text[pos:] if nxt < 0 else text[pos:nxt]
            cells.append(Cell(raw.strip(' \t'), False))
            pos = len(text) if nxt < 0 else nxt
        if pos >= len(text):
            return cells, i, True
        pos += 1  # the delimiter
        if pos == len(text):
            cells.append(Cell('', False))
            return cells, i, True


def parse_lenient(text, delim):
    return [Cell(c.replace('"', '').strip(' \t'), False) for c in text.split(delim)]


# --- the header ----------------------------------------------------------------------------------------------------

def fold(header):
    """Lower case, no diacritics, words separated by single spaces."""
    h = header.replace('İ', 'I').replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').lower()
    h = ''.join(ch for ch in unicodedata.normalize('NFKD', h) if not unicodedata.combining(ch))
    return ' '.join(re.split(r'[^a-z0-9]+', h)).strip()


def custom_key(header):
    h = header.replace('İ', 'i').lower()
    return re.sub(r'[\W_]+', '_', h).strip('_')


EMAIL = {'email', 'e mail', 'e mail address', 'email address', 'e mail 1 value', 'e mail 2 value', 'work email',
         'e posta', 'e posta adresi', 'correo electronico', 'adres e mail', 'e mail 2 address', 'e mail 3 address'}
PHONE_MOBILE = {'mobile phone', 'mobile phone number', 'cell phone', 'gsm no', 'cep no', 'cep telefonu', 'celular',
                'movil', 'telefon komorkowy'}
PHONE_PLAIN = {'phone', 'phone number', 'phone 1 value', 'phone 2 value', 'primary phone', 'telefon', 'tel',
               'telefono'}
PHONE_HOME = {'home phone', 'home phone 2'}
PHONE_WORK = {'business phone', 'business phone 2', 'is telefonu'}
PHONE_OTHER = {'other phone'}
# Fax, pager, car/radio/TTY, assistant's, callback and Company Main Phone columns claim nothing (custom fields, never
# a fall-back), and neither do Label/Type columns.
FIRST = {'first name', 'given name', 'ad', 'adi', 'isim', 'nombre', 'imie'}
LAST = {'last name', 'family name', 'surname', 'soyad', 'soyadi', 'apellido', 'apellidos', 'nazwisko'}
CITY = {'city': 0, 'address 1 city': 0, 'sehir': 0, 'il': 0, 'ciudad': 0, 'miasto': 0, 'miejscowosc': 0,
        'home city': 1, 'business city': 2, 'other city': 3}
COUNTRY = {'country': 0, 'country region': 0, 'address 1 country': 0, 'cc': 0, 'ulke': 0, 'pais': 0, 'kraj': 0,
           'home country region': 1, 'business country region': 2, 'other country region': 3}


def claim(header):
    """(field, rank) the column claims by its header, or None: a lower rank wins, then the leftmost column; the
    claiming columns that lose are, in that same order, the row's fall-backs when the winner's cell is empty."""
    h = fold(header)
    if h in EMAIL:
        number = re.search(r'\b([0-9])\b', h)  # E-mail 1 before E-mail 2 before E-mail 3
        return 'email', (2 if h.startswith(('work', 'business')) else 0, int(number.group(1)) if number else 0)
    if h in PHONE_MOBILE:
        return 'phone', (0, 0)
    if h in PHONE_PLAIN:
        return 'phone', (1, 0)
    if h in PHONE_HOME:
        return 'phone', (2, 0)
    if h in PHONE_WORK:
        return 'phone', (3, 0)
    if h in PHONE_OTHER:
        return 'phone', (4, 0)
    if h in FIRST:
        return 'first_name', (0, 0)
    if h in LAST:
        return 'last_name', (0, 0)
    if h in CITY:
        return 'city', (CITY[h], 0)
    if h in COUNTRY:
        return 'country', (COUNTRY[h], 0)
    if h == 'name':
        return 'first_name', (9, 0)  # only when nothing else claims it (then it is a fall-back)
    return None


def map_columns(header_cells, first_rows):
    """({column: field} of the winners, {field: [the other columns claiming it by their header, best first]})."""
    claims = [claim(c.value) for c in header_cells]
    fallbacks = {}
    for i, cl in enumerate(claims):
        if cl:
            fallbacks.setdefault(cl[0], []).append(i)
    for f in fallbacks:
        fallbacks[f].sort(key=lambda i: (claims[i][1], i))
    if not any(cl and cl[0] in ('email', 'phone') for cl in claims):
        # nothing named: by content, from the first non-empty value of each column (never a fall-back)
        for i in range(len(header_cells)):
            values = [r[i].value for r in first_rows if i < len(r) and r[i].value]
            if values and email_of(values[0])[0]:
                claims[i] = ('email', (0, 0))
            elif values and phone_of(values[0], 'TR'):
                claims[i] = ('phone', (0, 0))
    winners = {}
    for i, cl in enumerate(claims):
        if cl and (cl[0] not in winners or cl[1] < claims[winners[cl[0]]][1]):
            winners[cl[0]] = i
    fallbacks = {f: [i for i in cols if i != winners.get(f)] for f, cols in fallbacks.items() if f in winners}
    return {i: f for f, i in winners.items()}, {f: cols for f, cols in fallbacks.items() if cols}


# --- values --------------------------------------------------------------------------------------------------------

COUNTRIES = {
    'TR': ['tr', 'tur', 'turkey', 'türkiye', 'turkiye', 'turquía', 'turcja'],
    'DE': ['de', 'deu', 'germany', 'almanya', 'alemania', 'niemcy'],
    'ES': ['es', 'esp', 'spain', 'españa', 'ispanya', 'İspanya', 'hiszpania'],
    'PL': ['pl', 'pol', 'poland', 'polonya', 'polonia', 'polska'],
    'US': ['us', 'usa', 'united states', 'abd', 'estados unidos', 'stany zjednoczone'],
    'MX': ['mx', 'mex', 'mexico', 'méxico', 'meksika', 'meksyk'],
}
COUNTRY_OF = {n.lower(): iso for iso, names in COUNTRIES.items() for n in names}


def split_values(cell):
    return [v.strip() for v in re.split(r' ::: |;|,', cell) if v.strip()]


def email_of(written):
    """(address or None)."""
    a = written.strip()
    if a.lower().startswith('mailto:'):
        a = a[7:]
    m = re.fullmatch(r'.*<([^<>]*)>', a)
    if m:
        a = m.group(1)
    a = a.strip().replace('İ', 'i').lower()
    if a.count('@') != 1 or re.search(r'\s', a) or '..' in a or re.search(r'[<>",;:()\[\]\\]', a):
        return None, a
    local, domain = a.split('@')
    if not local or not domain or local[0] == '.' or local[-1] == '.' or domain[0] == '.' or domain[-1] == '.':
        return None, a
    labels = domain.split('.')
    if len(labels) < 2 or any(not l or l[0] == '-' or l[-1] == '-' for l in labels) or len(labels[-1]) < 2:
        return None, a
    return a, a


def phone_of(written, region):
    try:
        n = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def country_of_number(e164):
    """The ISO code of the region a stored (valid, E.164) number belongs to, or '' for a non-geographic one."""
    region = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    return region if region and re.fullmatch(r'[A-Z]{2}', region) else ''


# --- importing -----------------------------------------------------------------------------------------------------

STANDARD = ('email', 'phone', 'first_name', 'last_name', 'city', 'country')


def read_rows(name, data, default_region, clear=False):
    """(rows, report): rows are (line, contact, column keys the file has, keys of its empty cells, whether its
    country is the phone number's rather than a cell's)."""
    text = decode(name, data)
    report = {'invalid_lines': [], 'warning_lines': [], 'skipped_lines': []}
    lines = physical_lines(text)
    first_line = 1
    if lines and re.fullmatch(r'sep=.', lines[0]):
        delim = lines[0][4]
        text = '\n'.join(lines[1:])
        first_line = 2
    else:
        delim = delimiter_of(name, lines[:5])
    records = [(ln + first_line - 1, cells, w) for ln, cells, w in parse_records(text, delim)]
    if len(records) > 1 and sum(1 for c in records[0][1] if c.value) == 1 and \
            sum(1 for c in records[1][1] if c.value) > 1:
        report['skipped_lines'].append(records[0][0])
        records = records[1:]
    header, rows = records[0][1], records[1:]
    assert records[0][2] is None
    fields_of, fallbacks = map_columns(header, [r[1] for r in rows[:5]])
    keys = [fields_of.get(i) or custom_key(c.value) for i, c in enumerate(header)]
    assert len(set(keys)) == len(keys), keys
    winner_of = {f: i for i, f in fields_of.items()}
    out = []
    for line, cells, warning in rows:
        c = {k: '' for k in STANDARD}
        c['fields'] = {}
        warnings = [warning] if warning else []
        empty = set()

        def value(i):
            return cells[i].value if i < len(cells) else ''

        # a standard field whose winning cell is empty takes the first non-empty cell of its fall-backs; that
        # column is then read as the field's own cell, not as its custom field
        instead = {}  # winning column → the column read in its place
        for f, cols in fallbacks.items():
            if value(winner_of[f]).strip() == '':
                taken = next((i for i in cols if value(i).strip() != ''), None)
                if taken is not None:
                    instead[winner_of[f]] = taken
        for i, key in enumerate(keys):
            if i in instead.values():
                continue
            v = value(instead.get(i, i))
            if v == '':
                empty.add(key)
                continue
            if key in STANDARD:
                c[key] = v
            else:
                c['fields'][key] = v
        # email
        email_written = c['email'].strip()
        email = None
        if email_written:
            values = split_values(email_written)
            email, _ = email_of(values[0])
            if len(values) > 1:
                c['fields']['other_emails'] = ', '.join(values[1:])
        # country and region
        region = default_region
        if c['country']:
            iso = COUNTRY_OF.get(c['country'].strip().lower())
            if iso:
                c['country'] = iso
                region = iso
            else:
                c['country'] = c['country'].strip()
                warnings.append('country')
        # phone
        phone_written = c['phone'].strip()
        phone = None
        if phone_written:
            values = split_values(phone_written)
            phone = phone_of(values[0], region)
            if len(values) > 1:
                c['fields']['other_phones'] = ', '.join(values[1:])
        if email_written and not email:
            if phone:
                c['fields']['email_as_written'] = email_written
                warnings.append('email_as_written')
            else:
                report['invalid_lines'].append(line)
                continue
        if phone_written and not phone:
            if email:
                c['fields']['phone_as_written'] = phone_written
                warnings.append('phone_as_written')
            else:
                report['invalid_lines'].append(line)
                continue
        if not email and not phone:
            report['invalid_lines'].append(line)
            continue
        c['email'], c['phone'] = email or '', phone or ''
        # a row without a country (no country column, or an empty cell that is not clearing the field) takes the
        # region of its valid number; a phone kept as written gives none
        derived = False
        if not c['country'] and phone and not (clear and 'country' in empty):
            c['country'] = country_of_number(phone)
            derived = bool(c['country'])
        if warnings:
            report['warning_lines'].append(line)
        out.append((line, c, set(keys), empty, derived))
    return out, report


def import_file(group, name, data, region, update=False, clear=False):
    rows, report = read_rows(name, data, region, clear)
    report.update({'imported': 0, 'updated': 0, 'merged': 0, 'merged_lines': []})
    # rows of one person combined, the later non-empty cells winning (a country taken from the number only where
    # the earlier rows gave none)
    people = []  # [line, contact, columns, empty, country taken from the number]
    by_key = {}
    by_phone = {}
    for line, c, columns, empty, derived in rows:
        key = c['email'] or c['phone']
        p = by_key.get(key) or (None if c['email'] else by_phone.get(c['phone']))
        if p is not None:
            for k in STANDARD:
                if k == 'country' and derived:
                    if not p[1][k]:
                        p[1][k], p[4] = c[k], True
                elif c[k]:
                    p[1][k] = c[k]
                    if k == 'country':
                        p[4] = False
            p[1]['fields'].update(c['fields'])
            p[3] = (p[3] | empty) - {k for k in STANDARD if c[k]} - set(c['fields'])
            report['merged'] += 1
            report['merged_lines'].append(line)
            continue
        p = [line, c, columns, set(empty), derived]
        people.append(p)
        by_key[key] = p
        if c['phone']:
            by_phone.setdefault(c['phone'], p)
    for line, c, columns, empty, derived in people:
        known = None
        for g in group:
            if (c['email'] and g['email'] == c['email']) or (not c['email'] and g['phone'] == c['phone']):
                known = g
        if known is not None:
            if not update:
                report['skipped_lines'].append(line)
                continue
            for k in STANDARD:
                if k == 'country' and derived:
                    if not known[k]:  # a country from the number never replaces a stored one
                        known[k] = c[k]
                elif c[k]:
                    known[k] = c[k]
                elif clear and k in empty:
                    known[k] = ''
            known['fields'].update(c['fields'])
            if clear:
                for k in empty - set(STANDARD):
                    known['fields'].pop(k, None)
            report['updated'] += 1
            continue
        if c['phone'] and c['email'] and any(g['phone'] == c['phone'] for g in group):
            c['fields']['shared_phone'] = c['phone']
            c['phone'] = ''
            report['warning_lines'].append(line)
        group.append(c)
        report['imported'] += 1
    report['skipped'] = len(report['skipped_lines'])
    for k in ('invalid_lines', 'warning_lines', 'skipped_lines', 'merged_lines'):
        report[k] = sorted(set(report[k]))
    return report


# --- checking ------------------------------------------------------------------------------------------------------

def identity(c):
    return c['email'] or c['phone']


def check_all(folder, cases):
    problems = []
    for name, data_file, expected in cases:
        opts = expected['options']
        group = []
        if opts.get('before'):
            with open(os.path.join(folder, opts['before']), 'rb') as f:
                import_file(group, opts['before'], f.read(), opts['region'])
        with open(os.path.join(folder, data_file), 'rb') as f:
            report = import_file(group, data_file, f.read(), opts['region'], opts['on_duplicate'] == 'update',
                                 opts['empty_cells_clear'])
        for k, v in expected['report'].items():
            if report[k] != v:
                problems.append(f'{name}: report {k}: oracle {report[k]}, expected {v}')
        want = {identity(c): c for c in expected['contacts']}
        got = {identity(c): c for c in group}
        if len(want) != len(expected['contacts']):
            problems.append(f'{name}: two expected contacts with one address')
        for k in sorted(set(want) | set(got)):
            if k not in got:
                problems.append(f'{name}: expected but not imported: {json.dumps(want[k], ensure_ascii=False)}')
            elif k not in want:
                problems.append(f'{name}: imported but not expected: {json.dumps(got[k], ensure_ascii=False)}')
            elif want[k] != got[k]:
                for f in STANDARD:
                    if want[k][f] != got[k][f]:
                        problems.append(f'{name}: {k}: {f}: oracle {got[k][f]!r}, expected {want[k][f]!r}')
                wf, gf = want[k]['fields'], got[k]['fields']
                for f in sorted(set(wf) | set(gf)):
                    if wf.get(f) != gf.get(f):
                        problems.append(f'{name}: {k}: fields.{f}: oracle {gf.get(f)!r}, expected {wf.get(f)!r}')
    return problems
