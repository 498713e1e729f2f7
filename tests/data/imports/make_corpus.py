#!/usr/bin/env python3
"""Writes the contact-import corpus of tests/unit/tst_importcorpus.cpp: contact files in the shapes marketers get
them from real tools (Google Contacts, Outlook, HubSpot, Mailchimp, Excel in Turkish, Spanish and Polish), each with
NAME.expected.json, the contacts the import must store and the report it must give.

    python3 tests/data/imports/make_corpus.py          # writes every file beside this script
    python3 tests/data/imports/make_corpus.py --check  # and checks the expectations against oracle.py

Every byte is deliberate: the encoding (UTF-8 with or without BOM, UTF-16LE with BOM, Windows-1252/1254, and one file
of UTF-8 and Windows-1254 lines), the line ends (CRLF or LF, and LF inside quoted cells), the quoting of each tool.
The people, companies and addresses are invented; email domains are example.com/.org/.com.tr-style; phone numbers
follow the real numbering plans (checked with libphonenumber's metadata through python3-phonenumbers, the same
8.12.57 metadata as the C++ library the app links).

The expectations are written out by hand below, from the rules in tst_importcorpus.cpp's header; oracle.py is a
second, independent reading of the same rules (python3-phonenumbers for the numbers) that --check compares them with.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = []  # (name, data file, bytes, expectation)


# --- writing -------------------------------------------------------------------------------------------------------

def cell(value, delim, quote_all):
    """One CSV cell: quoted (quotes doubled) when it must be, or always for tools that quote every cell."""
    must = any(ch in value for ch in (delim, '"', '\n', '\r')) or value != value.strip(' ')
    if quote_all or must:
        return '"' + value.replace('"', '""') + '"'
    return value


def line(cells, delim=',', quote_all=False):
    return delim.join(cell(c, delim, quote_all) for c in cells)


def row(header, values, delim=',', quote_all=False):
    """A record of a wide export from {column: value}; the columns not named are empty."""
    unknown = set(values) - set(header)
    assert not unknown, f'not in the header: {unknown}'
    return line([values.get(h, '') for h in header], delim, quote_all)


def text(lines, eol):
    return eol.join(lines) + eol


def case(name, data_file, data, expected):
    CASES.append((name, data_file, data, expected))


def C(email, phone, first, last, city, country, fields=None):
    """A stored contact, every key present."""
    return {'email': email, 'phone': phone, 'first_name': first, 'last_name': last, 'city': city,
            'country': country, 'fields': dict(fields or {})}


def expect(checks, contacts, report, region='TR', on_duplicate='skip', empty_cells_clear=False, before=None):
    options = {'region': region, 'on_duplicate': on_duplicate, 'empty_cells_clear': empty_cells_clear}
    if before:
        options['before'] = before
    return {'checks': checks, 'options': options, 'report': report, 'contacts': contacts}


# --- 1. Google Contacts, the current export ------------------------------------------------------------------------
# UTF-8 without BOM, comma, CRLF; Google writes line breaks inside a cell as LF. The columns of a Google export depend
# on the contacts: E-mail N/Phone N/Address N go as far as the contact with the most of them (here 2, 2 and 1).

GOOGLE = ('First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,'
          'Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,'
          'Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,'
          'Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,'
          'Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,'
          'Address 1 - Country,Address 1 - Extended Address').split(',')
google_rows = [
    {  # lines 2-5: the formatted address spans four lines
        'First Name': 'Ayşe', 'Last Name': 'Yılmaz', 'Organization Name': 'Örnek Tekstil A.Ş.',
        'Organization Title': 'Pazarlama Müdürü', 'Labels': '* myContacts ::: Friends', 'E-mail 1 - Label': '* Home',
        'E-mail 1 - Value': 'ayse@example.com ::: ayse.yilmaz@example.org', 'Phone 1 - Label': 'Mobile',
        'Phone 1 - Value': '+90 532 612 48 37', 'Address 1 - Label': 'Home',
        'Address 1 - Formatted': 'Bağdat Cad. No:12\nKadıköy\n34710 İstanbul\nTürkiye',
        'Address 1 - Street': 'Bağdat Cad. No:12', 'Address 1 - City': 'İstanbul', 'Address 1 - Postal Code': '34710',
        'Address 1 - Country': 'Türkiye'},
    {  # lines 6-7: a note with a line break; a number with a note in it does not parse
        'First Name': 'Mehmet', 'Last Name': 'Demir', 'Organization Name': 'Demir Makina',
        'Notes': 'Fuarda tanıştık.\nKatalog istedi.', 'Labels': '* myContacts', 'E-mail 1 - Label': '* Work',
        'E-mail 1 - Value': 'mehmet.demir@example.com.tr', 'Phone 1 - Label': 'Work',
        'Phone 1 - Value': '0542 318 77 20 (iş)'},
    {  # line 8: an extension (stored without it); a second number
        'First Name': 'Elif', 'Last Name': 'Kaya', 'Organization Title': 'Satın Alma',
        'Labels': '* myContacts ::: Tedarikçiler', 'E-mail 1 - Label': '* Work', 'E-mail 1 - Value': 'elif.kaya@example.org',
        'Phone 1 - Label': 'Work', 'Phone 1 - Value': '+90 212 555 12 12 ext. 34', 'Phone 2 - Label': 'Mobile',
        'Phone 2 - Value': '+90 505 123 45 67'},
    {  # lines 9-11: a German number in national format, read as German because of the address's country
        'First Name': 'Jonas', 'Last Name': 'Becker', 'Labels': '* myContacts', 'E-mail 1 - Label': '* Work',
        'E-mail 1 - Value': 'jonas.becker@example.org', 'Phone 1 - Label': 'Work', 'Phone 1 - Value': '030 1234567',
        'Address 1 - Label': 'Work', 'Address 1 - Formatted': 'Friedrichstraße 123\n10117 Berlin\nGermany',
        'Address 1 - Street': 'Friedrichstraße 123', 'Address 1 - City': 'Berlin', 'Address 1 - Postal Code': '10117',
        'Address 1 - Country': 'Germany'},
    {  # line 12: only a phone
        'First Name': 'Hasan', 'Last Name': 'Çelik', 'Labels': '* myContacts', 'Phone 1 - Label': 'Mobile',
        'Phone 1 - Value': '0555 987 65 43'},
    {  # line 13: starred, an address in capitals, two numbers in one cell, a second email
        'Name Prefix': 'Dr.', 'First Name': 'Can', 'Last Name': 'Öztürk', 'Nickname': 'Cano', 'Birthday': '1984-07-21',
        'Labels': '* myContacts ::: * starred', 'E-mail 1 - Label': '* Home', 'E-mail 1 - Value': 'Can.Ozturk@Example.com',
        'E-mail 2 - Label': 'Work', 'E-mail 2 - Value': 'can@example.com.tr', 'Phone 1 - Label': 'Mobile',
        'Phone 1 - Value': '+90 541 222 33 44 ::: +905077001122'},
    {  # line 14: a name and nothing to reach her by
        'First Name': 'Zehra', 'Labels': '* myContacts'},
    {  # line 15: a company, no person's name
        'File As': 'Örnek Tekstil', 'Organization Name': 'Örnek Tekstil A.Ş.',
        'Labels': '* myContacts ::: Tedarikçiler', 'E-mail 1 - Label': 'Work', 'E-mail 1 - Value': 'info@example.com.tr',
        'Phone 1 - Label': 'Work', 'Phone 1 - Value': '+90 216 444 12 34'},
]
case('google_contacts', 'google_contacts.csv',
     text([line(GOOGLE)] + [row(GOOGLE, r) for r in google_rows], '\r\n').encode('utf-8'),
     expect('Google Contacts\' current CSV export (UTF-8, CRLF, LF inside quoted cells): " ::: " multi-values in the '
            'email and phone cells, Label columns that are not addresses, multi-line notes and formatted addresses, '
            'an extension, a number with a note, a German national number read by the row\'s country, a contact with '
            'only a phone and one with only a name.',
            [C('ayse@example.com', '+905326124837', 'Ayşe', 'Yılmaz', 'İstanbul', 'TR', {
                'organization_name': 'Örnek Tekstil A.Ş.', 'organization_title': 'Pazarlama Müdürü',
                'labels': '* myContacts ::: Friends', 'e_mail_1_label': '* Home', 'other_emails': 'ayse.yilmaz@example.org',
                'phone_1_label': 'Mobile', 'address_1_label': 'Home',
                'address_1_formatted': 'Bağdat Cad. No:12\nKadıköy\n34710 İstanbul\nTürkiye',
                'address_1_street': 'Bağdat Cad. No:12', 'address_1_postal_code': '34710'}),
             C('mehmet.demir@example.com.tr', '', 'Mehmet', 'Demir', '', '', {
                 'organization_name': 'Demir Makina', 'notes': 'Fuarda tanıştık.\nKatalog istedi.',
                 'labels': '* myContacts', 'e_mail_1_label': '* Work', 'phone_1_label': 'Work',
                 'phone_as_written': '0542 318 77 20 (iş)'}),
             C('elif.kaya@example.org', '+902125551212', 'Elif', 'Kaya', '', 'TR', {
                 'organization_title': 'Satın Alma', 'labels': '* myContacts ::: Tedarikçiler',
                 'e_mail_1_label': '* Work', 'phone_1_label': 'Work', 'phone_2_label': 'Mobile',
                 'phone_2_value': '+90 505 123 45 67'}),
             C('jonas.becker@example.org', '+49301234567', 'Jonas', 'Becker', 'Berlin', 'DE', {
                 'labels': '* myContacts', 'e_mail_1_label': '* Work', 'phone_1_label': 'Work',
                 'address_1_label': 'Work', 'address_1_formatted': 'Friedrichstraße 123\n10117 Berlin\nGermany',
                 'address_1_street': 'Friedrichstraße 123', 'address_1_postal_code': '10117'}),
             C('', '+905559876543', 'Hasan', 'Çelik', '', 'TR', {'labels': '* myContacts', 'phone_1_label': 'Mobile'}),
             C('can.ozturk@example.com', '+905412223344', 'Can', 'Öztürk', '', 'TR', {
                 'name_prefix': 'Dr.', 'nickname': 'Cano', 'birthday': '1984-07-21',
                 'labels': '* myContacts ::: * starred', 'e_mail_1_label': '* Home', 'e_mail_2_label': 'Work',
                 'e_mail_2_value': 'can@example.com.tr', 'phone_1_label': 'Mobile', 'other_phones': '+905077001122'}),
             C('info@example.com.tr', '+902164441234', '', '', '', 'TR', {
                 'file_as': 'Örnek Tekstil', 'organization_name': 'Örnek Tekstil A.Ş.',
                 'labels': '* myContacts ::: Tedarikçiler', 'e_mail_1_label': 'Work', 'phone_1_label': 'Work'})],
            {'imported': 7, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [14], 'warning_lines': [6],
             'skipped_lines': [], 'merged_lines': []}))

# --- 2. Google Contacts, the old "Google CSV" -------------------------------------------------------------------------
# Until the 2019 redesign Google offered "Google CSV" (this layout: Name, Given Name, Yomi names, Group Membership,
# "E-mail 1 - Type") written in UTF-16LE with a BOM, comma-separated, CRLF, and "Outlook CSV" in the Windows code page
# of the account's language (outlook.csv). A lone "Name" column is not the first name when "Given Name" is there,
# except in a row whose Given Name is empty: the first name falls back to it.

GOOGLE_LEGACY = ('Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,'
                 'Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,'
                 'Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,'
                 'Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,'
                 'E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,'
                 'Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,'
                 'Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Organization 1 - Type,'
                 'Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,'
                 'Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description').split(',')
legacy_rows = [
    {  # lines 2-5
        'Name': 'Deniz Aksoy', 'Given Name': 'Deniz', 'Family Name': 'Aksoy',
        'Group Membership': '* My Contacts ::: Müşteriler', 'E-mail 1 - Type': '* Home',
        'E-mail 1 - Value': 'deniz.aksoy@example.com', 'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '+90 536 410 20 30',
        'Address 1 - Type': 'Home', 'Address 1 - Formatted': 'Kıbrıs Şehitleri Cad. 10\nAlsancak\nİzmir 35220\nTürkiye',
        'Address 1 - Street': 'Kıbrıs Şehitleri Cad. 10', 'Address 1 - City': 'İzmir', 'Address 1 - Postal Code': '35220',
        'Address 1 - Country': 'Türkiye'},
    {  # line 6
        'Name': 'Katarzyna Wiśniewska', 'Given Name': 'Katarzyna', 'Family Name': 'Wiśniewska',
        'Group Membership': '* My Contacts', 'E-mail 1 - Type': '* Other', 'E-mail 1 - Value': 'kasia@example.com',
        'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '+48 601 222 333', 'Address 1 - Type': 'Home',
        'Address 1 - City': 'Poznań', 'Address 1 - Country': 'Polska'},
    {  # line 7: a Name, no Given Name (the first name falls back to Name), only a phone
        'Name': 'Kargo Firması', 'Group Membership': '* My Contacts', 'Phone 1 - Type': 'Work',
        'Phone 1 - Value': '0212 444 55 66'},
    {  # line 8: a Spanish landline in national format, read as Spanish because of the address's country
        'Name': 'Javier Ruiz Ortega', 'Given Name': 'Javier', 'Family Name': 'Ruiz Ortega',
        'Group Membership': '* My Contacts ::: Proveedores', 'E-mail 1 - Type': '* Work',
        'E-mail 1 - Value': 'javier.ruiz@example.com', 'Phone 1 - Type': 'Work', 'Phone 1 - Value': '91 123 45 67',
        'Phone 2 - Type': 'Mobile', 'Phone 2 - Value': '612 34 56 78', 'Address 1 - Type': 'Work',
        'Address 1 - City': 'Madrid', 'Address 1 - Country': 'España', 'Organization 1 - Name': 'Ruiz Ortega S.L.',
        'Organization 1 - Title': 'Gerente'},
    {  # line 9: two addresses in one cell, as the old export wrote them too
        'Name': 'Ümran Koç', 'Given Name': 'Ümran', 'Family Name': 'Koç',
        'Group Membership': '* My Contacts ::: * Starred', 'Notes': 'VIP müşteri', 'E-mail 1 - Type': '* Home',
        'E-mail 1 - Value': 'umran@example.com.tr ::: umran.koc@example.org', 'Phone 1 - Type': 'Mobile',
        'Phone 1 - Value': '0538 555 66 77'},
    {  # line 10
        'Name': 'Nur Yıldız', 'Given Name': 'Nur', 'Family Name': 'Yıldız', 'Birthday': '1990-02-14',
        'Group Membership': '* My Contacts', 'E-mail 1 - Type': '* Work', 'E-mail 1 - Value': 'nur@example.com',
        'Organization 1 - Name': 'Yıldız Eczanesi', 'Organization 1 - Title': 'Eczacı'},
]
case('google_contacts_legacy', 'google_contacts_legacy.csv',
     b'\xff\xfe' + text([line(GOOGLE_LEGACY)] + [row(GOOGLE_LEGACY, r) for r in legacy_rows],
                        '\r\n').encode('utf-16-le'),
     expect('The old Google Contacts "Google CSV" export (UTF-16LE with BOM, comma, CRLF; Given/Family Name, Yomi '
            'names, Group Membership, "E-mail 1 - Type"): Type columns are not addresses, a lone "Name" beside '
            '"Given Name" is a custom field, and the first name of a row whose Given Name is empty (the fall-back), '
            '" ::: " multi-values, a Spanish landline read by the row\'s country.',
            [C('deniz.aksoy@example.com', '+905364102030', 'Deniz', 'Aksoy', 'İzmir', 'TR', {
                'name': 'Deniz Aksoy', 'group_membership': '* My Contacts ::: Müşteriler', 'e_mail_1_type': '* Home',
                'phone_1_type': 'Mobile', 'address_1_type': 'Home',
                'address_1_formatted': 'Kıbrıs Şehitleri Cad. 10\nAlsancak\nİzmir 35220\nTürkiye',
                'address_1_street': 'Kıbrıs Şehitleri Cad. 10', 'address_1_postal_code': '35220'}),
             C('kasia@example.com', '+48601222333', 'Katarzyna', 'Wiśniewska', 'Poznań', 'PL', {
                 'name': 'Katarzyna Wiśniewska', 'group_membership': '* My Contacts', 'e_mail_1_type': '* Other',
                 'phone_1_type': 'Mobile', 'address_1_type': 'Home'}),
             C('', '+902124445566', 'Kargo Firması', '', '', 'TR', {
                 'group_membership': '* My Contacts', 'phone_1_type': 'Work'}),
             C('javier.ruiz@example.com', '+34911234567', 'Javier', 'Ruiz Ortega', 'Madrid', 'ES', {
                 'name': 'Javier Ruiz Ortega', 'group_membership': '* My Contacts ::: Proveedores',
                 'e_mail_1_type': '* Work', 'phone_1_type': 'Work', 'phone_2_type': 'Mobile',
                 'phone_2_value': '612 34 56 78', 'address_1_type': 'Work', 'organization_1_name': 'Ruiz Ortega S.L.',
                 'organization_1_title': 'Gerente'}),
             C('umran@example.com.tr', '+905385556677', 'Ümran', 'Koç', '', 'TR', {
                 'name': 'Ümran Koç', 'group_membership': '* My Contacts ::: * Starred', 'notes': 'VIP müşteri',
                 'e_mail_1_type': '* Home', 'other_emails': 'umran.koc@example.org', 'phone_1_type': 'Mobile'}),
             C('nur@example.com', '', 'Nur', 'Yıldız', '', '', {
                 'name': 'Nur Yıldız', 'birthday': '1990-02-14', 'group_membership': '* My Contacts',
                 'e_mail_1_type': '* Work', 'organization_1_name': 'Yıldız Eczanesi',
                 'organization_1_title': 'Eczacı'})],
            {'imported': 6, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []}))

# --- 3. "Outlook CSV" (Outlook.com's export, and Google's "Outlook CSV") ----------------------------------------------
# Windows-1254 (the code page of a Turkish Windows/account), comma, CRLF, quoted only where needed. Mobile Phone wins
# the phone, E-mail Address the email, Home City/Country the city and country; the other phone/email/city/country
# columns are custom fields, except in a row whose winner's cell is empty: that row falls back to the first non-empty
# one of them (phone: Primary, Home, Home 2, Business, Business 2, Other Phone; email: E-mail 2, E-mail 3 Address;
# city/country: Business, Other), which is then not kept as a custom field too. Company Main, Car, Assistant's,
# Radio, TTY/TDD phones, faxes, Pager and Callback are never a phone.

OUTLOOK = ('First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,'
           'E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,'
           'Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,'
           'Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager\'s Name,'
           'Assistant\'s Name,Assistant\'s Phone,Company Yomi,Business Street,Business City,Business State,'
           'Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,'
           'Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,'
           'Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes').split(',')
outlook_rows = [
    {  # line 2: mobile and business phone: the mobile is the phone
        'First Name': 'Burak', 'Last Name': 'Şahin', 'E-mail Address': 'burak.sahin@example.com.tr',
        'Mobile Phone': '0533 111 22 33', 'Business Phone': '0212 555 12 12', 'Company': 'Örnek Lojistik A.Ş.',
        'Job Title': 'Satın Alma Uzmanı', 'Business City': 'İstanbul', 'Business Country/Region': 'Türkiye'},
    {  # line 3: only a business phone: the phone (the mobile column is empty: fall-back)
        'First Name': 'Gülşen', 'Last Name': 'Aydın', 'E-mail Address': 'gulsen.aydin@example.com.tr',
        'Business Phone': '0216 345 67 89', 'Company': 'Aydın Hukuk Bürosu', 'Department': 'Hukuk',
        'Home City': 'İstanbul', 'Home Country/Region': 'Türkiye'},
    {  # lines 4 and 5: one company's switchboard, two people: each falls back to it, the second gets shared_phone
        'First Name': 'Oğuz', 'Last Name': 'Kılınç', 'E-mail Address': 'oguz.kilinc@example.org',
        'Business Phone': '0212 444 55 66', 'Company': 'Kuzey Yazılım Ltd.', 'Job Title': 'Satış Müdürü',
        'Manager\'s Name': 'Ahmet Öz'},
    {'First Name': 'Şule', 'Last Name': 'Erdem', 'E-mail Address': 'sule.erdem@example.org',
     'Business Phone': '0212 444 55 66', 'Company': 'Kuzey Yazılım Ltd.', 'Assistant\'s Name': 'Selin Ak'},
    {  # line 6: only a second email address and nothing else: the email (fall-back)
        'First Name': 'İsmail', 'Last Name': 'Güneş', 'E-mail 2 Address': 'ismail.gunes@example.org'},
    {  # line 7: a second email address and a mobile: both addresses
        'First Name': 'Nazlı', 'Last Name': 'Çetin', 'E-mail 2 Address': 'nazli.cetin@example.org',
        'Mobile Phone': '0544 123 98 76'},
    {  # lines 8-9: a note on two lines
        'First Name': 'Ömer', 'Last Name': 'Yıldırım', 'E-mail Address': 'omer@example.com',
        'Home Phone': '0232 463 12 34', 'Mobile Phone': '0546 777 88 99', 'Home City': 'İzmir',
        'Home Country/Region': 'Türkiye', 'Birthday': '12.05.1985', 'Notes': 'Bayi toplantısı:\nMart ayında aranacak'},
    {  # line 10: a German mobile in national format, read as German because of the home country (in Turkish)
        'First Name': 'Murat', 'Last Name': 'Kaplan', 'E-mail Address': 'murat.kaplan@example.org',
        'Mobile Phone': '0176 12345678', 'Home City': 'Köln', 'Home Country/Region': 'Almanya'},
    {  # line 11: no mobile/primary/home phone: Home Phone 2 before Business Phone; no Home City: Business before Other
        'First Name': 'Serkan', 'Last Name': 'Avcı', 'E-mail Address': 'serkan.avci@example.com.tr',
        'Home Phone 2': '0232 463 12 35', 'Business Phone': '0232 489 50 60', 'Business City': 'İzmir',
        'Other City': 'Manisa'},
    {  # line 12: Company Main Phone and Car Phone are never the phone, even when no phone column has a value
        'First Name': 'Pınar', 'Last Name': 'Koçak', 'E-mail Address': 'pinar.kocak@example.org',
        'Company Main Phone': '0212 444 00 10', 'Car Phone': '0532 700 80 90', 'Company': 'Koçak Otomotiv'},
    {  # line 13: a business number with a note, taken as the phone: kept as written, with a warning
        'First Name': 'Tolga', 'Last Name': 'Uysal', 'E-mail Address': 'tolga.uysal@example.com',
        'Business Phone': '0212 555 40 40 (santral)'},
]
case('outlook', 'outlook.csv',
     text([line(OUTLOOK)] + [row(OUTLOOK, r) for r in outlook_rows], '\r\n').encode('cp1254'),
     expect('The "Outlook CSV" layout of Outlook.com and of Google\'s Outlook export, in Windows-1254: Mobile Phone '
            'wins over Business/Home Phone and Home over Business City/Country, the losing columns kept as custom '
            'fields; a row whose winning cell is empty falls back to the next non-empty claiming column, in rank '
            'order (Home Phone 2 before Business Phone, Business before Other City, E-mail 2 Address when E-mail '
            'Address is empty), which is then not kept as a custom field; a switchboard two people fall back to is a '
            'shared phone; a fall-back number with a note is kept as written; Company Main and Car Phone are never '
            'the phone.',
            [C('burak.sahin@example.com.tr', '+905331112233', 'Burak', 'Şahin', 'İstanbul', 'TR', {
                'business_phone': '0212 555 12 12', 'company': 'Örnek Lojistik A.Ş.',
                'job_title': 'Satın Alma Uzmanı'}),
             C('gulsen.aydin@example.com.tr', '+902163456789', 'Gülşen', 'Aydın', 'İstanbul', 'TR', {
                 'company': 'Aydın Hukuk Bürosu', 'department': 'Hukuk'}),
             C('oguz.kilinc@example.org', '+902124445566', 'Oğuz', 'Kılınç', '', 'TR', {
                 'company': 'Kuzey Yazılım Ltd.', 'job_title': 'Satış Müdürü', 'manager_s_name': 'Ahmet Öz'}),
             C('sule.erdem@example.org', '', 'Şule', 'Erdem', '', 'TR', {
                 'company': 'Kuzey Yazılım Ltd.', 'assistant_s_name': 'Selin Ak', 'shared_phone': '+902124445566'}),
             C('ismail.gunes@example.org', '', 'İsmail', 'Güneş', '', ''),
             C('nazli.cetin@example.org', '+905441239876', 'Nazlı', 'Çetin', '', 'TR'),
             C('omer@example.com', '+905467778899', 'Ömer', 'Yıldırım', 'İzmir', 'TR', {
                 'home_phone': '0232 463 12 34', 'birthday': '12.05.1985',
                 'notes': 'Bayi toplantısı:\nMart ayında aranacak'}),
             C('murat.kaplan@example.org', '+4917612345678', 'Murat', 'Kaplan', 'Köln', 'DE'),
             C('serkan.avci@example.com.tr', '+902324631235', 'Serkan', 'Avcı', 'İzmir', 'TR', {
                 'business_phone': '0232 489 50 60', 'other_city': 'Manisa'}),
             C('pinar.kocak@example.org', '', 'Pınar', 'Koçak', '', '', {
                 'car_phone': '0532 700 80 90', 'company_main_phone': '0212 444 00 10', 'company': 'Koçak Otomotiv'}),
             C('tolga.uysal@example.com', '', 'Tolga', 'Uysal', '', '', {
                 'phone_as_written': '0212 555 40 40 (santral)'})],
            {'imported': 11, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [5, 13],
             'skipped_lines': [], 'merged_lines': []}))

# --- 3b. Outlook for Windows (File > Open & Export > Export to a file > Comma Separated Values) ------------------------
# The desktop export: every cell quoted, empty ones too; the ANSI code page (Windows-1254 on Turkish Windows); CRLF;
# "0.0.00" for an empty date in the Turkish short-date format; E-mail Type and E-mail Display Name columns; an
# Exchange contact's address is its X.500 name, not an email address.

OUTLOOK_DESKTOP = ('Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,'
                   'Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,'
                   'Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,'
                   'Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,'
                   'Other State,Other Postal Code,Other Country/Region,Assistant\'s Phone,Business Fax,Business Phone,'
                   'Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,'
                   'Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,'
                   'Anniversary,Assistant\'s Name,Billing Information,Birthday,Business Address PO Box,Categories,'
                   'Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,'
                   'E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,E-mail 3 Display Name,Gender,'
                   'Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,Keywords,Language,'
                   'Location,Manager\'s Name,Mileage,Notes,Office Location,Organizational ID Number,'
                   'Other Address PO Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,'
                   'User 3,User 4,Web Page').split(',')
DESKTOP_DEFAULTS = {'Anniversary': '0.0.00', 'Birthday': '0.0.00', 'Gender': 'Unspecified', 'Priority': 'Normal',
                    'Private': 'False', 'Sensitivity': 'Normal'}
DESKTOP_DEFAULT_FIELDS = {'anniversary': '0.0.00', 'birthday': '0.0.00', 'gender': 'Unspecified',
                          'priority': 'Normal', 'private': 'False', 'sensitivity': 'Normal'}
desktop_rows = [
    {  # line 2: an Exchange contact: the address is an X.500 name; imported by the mobile; no Home City: the city
       # falls back to Business City
        'First Name': 'Kerem', 'Last Name': 'Taş', 'Company': 'Örnek Holding', 'Business City': 'Ankara',
        'Mobile Phone': '0549 101 20 30', 'E-mail Type': 'EX',
        'E-mail Address': '/O=EXAMPLE/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=KEREM.TAS',
        'E-mail Display Name': 'Kerem Taş'},
    {  # line 3: categories separated by ";" in a comma file are one custom value
        'First Name': 'Ebru', 'Last Name': 'Yalçın', 'Company': 'Yalçın Gıda', 'Business Phone': '+90 (312) 555 10 20',
        'Mobile Phone': '0552 303 40 50', 'Categories': 'Bayi;VIP', 'E-mail Address': 'ebru.yalcin@example.com.tr',
        'E-mail Type': 'SMTP', 'E-mail Display Name': 'Ebru Yalçın (ebru.yalcin@example.com.tr)'},
    {  # line 4
        'First Name': 'Selin', 'Last Name': 'Ak', 'Home City': 'Eskişehir', 'Home Country/Region': 'Türkiye',
        'Initials': 'S.A.', 'E-mail Address': 'selin.ak@example.com', 'E-mail Type': 'SMTP',
        'E-mail Display Name': 'Selin Ak (selin.ak@example.com)'},
    {  # line 5: the home country in Turkish ("Polonya")
        'First Name': 'Tomasz', 'Last Name': 'Kowalczyk', 'Home City': 'Gdynia', 'Home Country/Region': 'Polonya',
        'Mobile Phone': '+48 501 234 567', 'E-mail Address': 'tomasz.kowalczyk@example.com', 'E-mail Type': 'SMTP',
        'E-mail Display Name': 'Tomasz Kowalczyk (tomasz.kowalczyk@example.com)'},
]
case('outlook_desktop', 'outlook_desktop.csv',
     text([line(OUTLOOK_DESKTOP, quote_all=True)]
          + [row(OUTLOOK_DESKTOP, {**DESKTOP_DEFAULTS, **r}, quote_all=True) for r in desktop_rows],
          '\r\n').encode('cp1254'),
     expect('Outlook for Windows\' CSV export (every cell quoted, Windows-1254, "0.0.00" empty dates): E-mail Type and '
            'E-mail Display Name are not addresses, an Exchange X.500 address is kept as written and the contact '
            'imported by the mobile, an empty Home City falling back to Business City, a Turkish country name '
            '("Polonya").',
            [C('', '+905491012030', 'Kerem', 'Taş', 'Ankara', 'TR', {
                **DESKTOP_DEFAULT_FIELDS, 'company': 'Örnek Holding',
                'e_mail_type': 'EX', 'e_mail_display_name': 'Kerem Taş',
                'email_as_written': '/O=EXAMPLE/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=KEREM.TAS'}),
             C('ebru.yalcin@example.com.tr', '+905523034050', 'Ebru', 'Yalçın', '', 'TR', {
                 **DESKTOP_DEFAULT_FIELDS, 'company': 'Yalçın Gıda', 'business_phone': '+90 (312) 555 10 20',
                 'categories': 'Bayi;VIP', 'e_mail_type': 'SMTP',
                 'e_mail_display_name': 'Ebru Yalçın (ebru.yalcin@example.com.tr)'}),
             C('selin.ak@example.com', '', 'Selin', 'Ak', 'Eskişehir', 'TR', {
                 **DESKTOP_DEFAULT_FIELDS, 'initials': 'S.A.', 'e_mail_type': 'SMTP',
                 'e_mail_display_name': 'Selin Ak (selin.ak@example.com)'}),
             C('tomasz.kowalczyk@example.com', '+48501234567', 'Tomasz', 'Kowalczyk', 'Gdynia', 'PL', {
                 **DESKTOP_DEFAULT_FIELDS, 'e_mail_type': 'SMTP',
                 'e_mail_display_name': 'Tomasz Kowalczyk (tomasz.kowalczyk@example.com)'})],
            {'imported': 4, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [2],
             'skipped_lines': [], 'merged_lines': []}))

# --- 4. HubSpot ----------------------------------------------------------------------------------------------------
# UTF-8, comma, LF. Country/Region is a full English name; the numbers are written as people in each country write
# them. Mobile Phone Number wins over Phone Number; a row whose Mobile Phone Number is empty falls back to it.

HUBSPOT = ('Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,City,Country/Region,'
           'Lifecycle Stage,Contact owner,Create Date,Last Activity Date').split(',')
hubspot_rows = [
    ['51234567801', 'Lucía', 'Fernández', 'lucia.fernandez@example.com', '91 123 45 67', '612 34 56 78',
     'Fernández y Asociados', 'Madrid', 'Spain', 'Customer', 'Deniz Aksoy', '2026-02-11 09:42', '2026-11-20 16:05'],
    ['51234567802', 'Katarzyna', 'Wójcik', 'k.wojcik@example.com', '', '501 234 567', '', 'Kraków', 'Poland', 'Lead',
     'Deniz Aksoy', '2026-03-02 14:05', ''],
    ['51234567803', 'Emre', 'Arslan', 'emre.arslan@example.com.tr', '0312 555 10 20', '0534 222 33 44',
     'Arslan İnşaat', 'Ankara', 'Turkey', 'Marketing Qualified Lead', 'Deniz Aksoy', '2026-04-17 11:30',
     '2026-10-02 10:00'],
    ['51234567804', 'Emily', 'Carter', 'emily.carter@example.com', '', '(650) 253-0000', 'Example Inc.',
     'Mountain View', 'United States', 'Opportunity', 'Lena Vogel', '2026-05-08 18:20', ''],
    ['51234567805', 'Piotr', 'Zieliński', 'piotr.zielinski@example.com', '22 555 00 00', '', '', 'Warszawa', 'Poland',
     'Lead', '', '2026-06-21 08:00', ''],
    ['51234567806', 'Carmen', 'Ruiz', 'carmen.ruiz@example.com', '', '+34 622 11 22 33', '', 'Sevilla', 'Spian',
     'Subscriber', '', '2026-07-01 12:00', ''],
    ['51234567807', 'Hans', 'Weber', 'hans.weber@example.org', '', '', 'Weber GmbH', 'Hamburg', 'Germany', 'Lead',
     'Lena Vogel', '2026-08-14 09:15', ''],
    ['51234567808', 'Pilar', 'Gómez', '', '', '699 88 77 66', '', 'Valencia', 'Spain', 'Subscriber', '',
     '2026-09-09 17:45', ''],
]
case('hubspot', 'hubspot.csv',
     text([line(HUBSPOT)] + [line(r) for r in hubspot_rows], '\n').encode('utf-8'),
     expect('HubSpot\'s contacts export (UTF-8, LF): Country/Region as English names decides how national numbers of '
            'Spain, Poland, Turkey and the US are read; Mobile Phone Number beats Phone Number (kept as a custom '
            'field), and an empty one falls back to it; a misspelt country is kept as written with a warning.',
            [C('lucia.fernandez@example.com', '+34612345678', 'Lucía', 'Fernández', 'Madrid', 'ES', {
                'record_id': '51234567801', 'phone_number': '91 123 45 67', 'company_name': 'Fernández y Asociados',
                'lifecycle_stage': 'Customer', 'contact_owner': 'Deniz Aksoy', 'create_date': '2026-02-11 09:42',
                'last_activity_date': '2026-11-20 16:05'}),
             C('k.wojcik@example.com', '+48501234567', 'Katarzyna', 'Wójcik', 'Kraków', 'PL', {
                 'record_id': '51234567802', 'lifecycle_stage': 'Lead', 'contact_owner': 'Deniz Aksoy',
                 'create_date': '2026-03-02 14:05'}),
             C('emre.arslan@example.com.tr', '+905342223344', 'Emre', 'Arslan', 'Ankara', 'TR', {
                 'record_id': '51234567803', 'phone_number': '0312 555 10 20', 'company_name': 'Arslan İnşaat',
                 'lifecycle_stage': 'Marketing Qualified Lead', 'contact_owner': 'Deniz Aksoy',
                 'create_date': '2026-04-17 11:30', 'last_activity_date': '2026-10-02 10:00'}),
             C('emily.carter@example.com', '+16502530000', 'Emily', 'Carter', 'Mountain View', 'US', {
                 'record_id': '51234567804', 'company_name': 'Example Inc.', 'lifecycle_stage': 'Opportunity',
                 'contact_owner': 'Lena Vogel', 'create_date': '2026-05-08 18:20'}),
             C('piotr.zielinski@example.com', '+48225550000', 'Piotr', 'Zieliński', 'Warszawa', 'PL', {
                 'record_id': '51234567805', 'lifecycle_stage': 'Lead', 'create_date': '2026-06-21 08:00'}),
             C('carmen.ruiz@example.com', '+34622112233', 'Carmen', 'Ruiz', 'Sevilla', 'Spian', {
                 'record_id': '51234567806', 'lifecycle_stage': 'Subscriber', 'create_date': '2026-07-01 12:00'}),
             C('hans.weber@example.org', '', 'Hans', 'Weber', 'Hamburg', 'DE', {
                 'record_id': '51234567807', 'company_name': 'Weber GmbH', 'lifecycle_stage': 'Lead',
                 'contact_owner': 'Lena Vogel', 'create_date': '2026-08-14 09:15'}),
             C('', '+34699887766', 'Pilar', 'Gómez', 'Valencia', 'ES', {
                 'record_id': '51234567808', 'lifecycle_stage': 'Subscriber', 'create_date': '2026-09-09 17:45'})],
            {'imported': 8, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [7],
             'skipped_lines': [], 'merged_lines': []}))

# --- 5. Mailchimp --------------------------------------------------------------------------------------------------
# An audience export (subscribed_members_export_….csv): UTF-8, every cell quoted, CRLF. CC is the ISO code Mailchimp
# geolocated; Address joins its parts with two spaces; TAGS is a list of quoted names inside the cell.

MAILCHIMP = ('Email Address,First Name,Last Name,Address,Phone Number,Birthday,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,'
             'CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,LEID,EUID,'
             'NOTES,TAGS').split(',')
mailchimp_rows = [
    {  # line 2: a mailto: address, a Spanish mobile read as Spanish by CC
        'Email Address': 'mailto:pablo.gomez@example.com', 'First Name': 'Pablo', 'Last Name': 'Gómez',
        'Address': 'Calle Mayor 10  2º B  Madrid  Madrid  28013  ES', 'Phone Number': '622 33 44 55',
        'MEMBER_RATING': '2', 'CONFIRM_TIME': '2025-06-01 10:02:11', 'CONFIRM_IP': '198.51.100.23',
        'LATITUDE': '40.4167000', 'LONGITUDE': '-3.7037000', 'GMTOFF': '1', 'DSTOFF': '2', 'TIMEZONE': 'Europe/Madrid',
        'CC': 'ES', 'REGION': 'MD', 'LAST_CHANGED': '2026-11-28 09:14:02', 'LEID': '142857301', 'EUID': 'a1b2c3d4e5',
        'TAGS': '"Fuar 2026"'},
    {  # line 3
        'Email Address': 'ayse.kara@example.com', 'First Name': 'Ayşe', 'Last Name': 'Kara',
        'Phone Number': '0532 612 48 37', 'MEMBER_RATING': '4', 'OPTIN_TIME': '2024-12-03 08:30:00',
        'CONFIRM_TIME': '2024-12-03 08:31:45', 'CONFIRM_IP': '203.0.113.7', 'LATITUDE': '41.0082000',
        'LONGITUDE': '28.9784000', 'GMTOFF': '3', 'DSTOFF': '3', 'TIMEZONE': 'Europe/Istanbul', 'CC': 'TR',
        'REGION': '34', 'LAST_CHANGED': '2026-10-15 17:00:09', 'LEID': '142857302', 'EUID': 'f0e1d2c3b4',
        'TAGS': '"VIP","Fuar 2026"'},
    {  # line 4: a lower-case CC, an address in mixed case
        'Email Address': 'Marta.Nowak@Example.com', 'First Name': 'Marta', 'Last Name': 'Nowak',
        'Phone Number': '512 345 678', 'Birthday': '03/14', 'MEMBER_RATING': '3', 'CONFIRM_TIME': '2025-02-20 19:05:00',
        'CONFIRM_IP': '192.0.2.44', 'GMTOFF': '1', 'DSTOFF': '2', 'TIMEZONE': 'Europe/Warsaw', 'CC': 'pl',
        'LAST_CHANGED': '2026-01-05 07:45:30', 'LEID': '142857303', 'EUID': '9a8b7c6d5e'},
    {  # line 5: no number, no country
        'Email Address': 'john.smith@example.com', 'First Name': 'John', 'Last Name': 'Smith', 'MEMBER_RATING': '2',
        'CONFIRM_TIME': '2025-09-09 09:09:09', 'LAST_CHANGED': '2025-09-09 09:09:09', 'LEID': '142857304',
        'EUID': '0f1e2d3c4b'},
    {  # line 6
        'Email Address': 'berk@example.com.tr', 'First Name': 'Berk', 'Last Name': 'Ateş',
        'Address': 'Atatürk Cad. No:5  Daire 3  İzmir    35220  TR', 'Phone Number': '0545 600 70 80',
        'Birthday': '07/21', 'MEMBER_RATING': '5', 'CONFIRM_TIME': '2025-03-03 12:00:00', 'CC': 'TR',
        'TIMEZONE': 'Europe/Istanbul', 'LAST_CHANGED': '2026-11-30 22:10:00', 'LEID': '142857305',
        'EUID': '1a2b3c4d5f', 'TAGS': '"Bayi"'},
    {  # lines 7-8: a note on two lines
        'Email Address': 'nehir.aydin@example.com', 'First Name': 'Nehir', 'Last Name': 'Aydın', 'MEMBER_RATING': '2',
        'CONFIRM_TIME': '2026-04-04 14:14:14', 'CC': 'TR', 'LAST_CHANGED': '2026-04-04 14:14:14', 'LEID': '142857306',
        'EUID': '6e5d4c3b2a', 'NOTES': 'Bayi\nİzmir şubesi'},
]


def mailchimp_fields(r):
    """The custom fields of a Mailchimp row: every column but Email Address, names, Phone Number and CC, by its key."""
    keys = {'Address': 'address', 'Birthday': 'birthday', 'MEMBER_RATING': 'member_rating', 'OPTIN_TIME': 'optin_time',
            'OPTIN_IP': 'optin_ip', 'CONFIRM_TIME': 'confirm_time', 'CONFIRM_IP': 'confirm_ip',
            'LATITUDE': 'latitude', 'LONGITUDE': 'longitude', 'GMTOFF': 'gmtoff', 'DSTOFF': 'dstoff',
            'TIMEZONE': 'timezone', 'REGION': 'region', 'LAST_CHANGED': 'last_changed', 'LEID': 'leid',
            'EUID': 'euid', 'NOTES': 'notes', 'TAGS': 'tags'}
    return {keys[h]: v for h, v in r.items() if h in keys and v}


case('mailchimp', 'mailchimp.csv',
     text([line(MAILCHIMP, quote_all=True)] + [row(MAILCHIMP, r, quote_all=True) for r in mailchimp_rows],
          '\r\n').encode('utf-8'),
     expect('Mailchimp\'s audience export (UTF-8, every cell quoted, CRLF): CC as ISO codes in any case decides the '
            'region of national numbers, a mailto: address, the two-space Address and the quoted-list TAGS kept as '
            'written, REGION is not the city.',
            [C('pablo.gomez@example.com', '+34622334455', 'Pablo', 'Gómez', '', 'ES', mailchimp_fields(mailchimp_rows[0])),
             C('ayse.kara@example.com', '+905326124837', 'Ayşe', 'Kara', '', 'TR', mailchimp_fields(mailchimp_rows[1])),
             C('marta.nowak@example.com', '+48512345678', 'Marta', 'Nowak', '', 'PL', mailchimp_fields(mailchimp_rows[2])),
             C('john.smith@example.com', '', 'John', 'Smith', '', '', mailchimp_fields(mailchimp_rows[3])),
             C('berk@example.com.tr', '+905456007080', 'Berk', 'Ateş', '', 'TR', mailchimp_fields(mailchimp_rows[4])),
             C('nehir.aydin@example.com', '', 'Nehir', 'Aydın', '', 'TR', mailchimp_fields(mailchimp_rows[5]))],
            {'imported': 6, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []}))

# --- 6. Excel in Turkish: "CSV (noktalı virgülle ayrılmış)" -------------------------------------------------------
# Windows-1254, semicolons, CRLF, Excel's "sep=;" first line (not a record: the header is line 2).

turkish_excel = [
    'sep=;',
    'Adı;Soyadı;E-posta Adresi;GSM No;İş Telefonu;İl;Ülke;Müşteri Tipi',
    'Sinan;Kılıç;SİNAN.KILIÇ@ÖRNEK.COM.TR;0532 401 22 33;;Bursa;Türkiye;Kurumsal',  # 3: Excel's UPPER in Turkish
    'Hakan;Öztürk;hakan@example.com.tr, hakan.ozturk@example.org;0533 612 00 44;0212 555 12 12;İstanbul;TR;Bireysel',
    'Gülay;Şimşek;gulay@example.com;0151 23456789;;Köln;Almanya;',  # 5: a German mobile, Ülke in Turkish
    'Emine;Aktaş;;5347001122;;Ankara;Türkiye;Bireysel',  # 6: Excel dropped the leading 0
    'Yusuf;Kara;;;0216 444 12 34;İzmir;TR;Kurumsal',  # 7: only a work number: the phone (fall-back), no email
    'Şeyma;Doğan;seyma.dogan@example.com;0535 718 90 12;;Muğla;Türkiye;',
    'İbrahim;Çakır;IBRAHIM@EXAMPLE.COM;0537 220 11 00;;Şanlıurfa;tr;Bireysel',  # 9: ASCII I lower-cases to i
]
case('turkish_excel', 'turkish_excel.csv', text(turkish_excel, '\r\n').encode('cp1254'),
     expect('Excel\'s "CSV (noktalı virgülle ayrılmış)" on Turkish Windows: Windows-1254, ";", a "sep=;" line, Turkish '
            'headers (İş Telefonu → iş_telefonu, not i̇ş), an address upper-cased by Excel\'s UPPER in a Turkish '
            'locale (İ → i, I → i), two addresses in one cell, a number whose leading 0 Excel dropped, Ülke as '
            'Türkiye/Almanya/TR, a work number alone is the phone (an empty GSM No falls back to İş Telefonu).',
            [C('sinan.kiliç@örnek.com.tr', '+905324012233', 'Sinan', 'Kılıç', 'Bursa', 'TR', {'müşteri_tipi': 'Kurumsal'}),
             C('hakan@example.com.tr', '+905336120044', 'Hakan', 'Öztürk', 'İstanbul', 'TR', {
                 'other_emails': 'hakan.ozturk@example.org', 'iş_telefonu': '0212 555 12 12',
                 'müşteri_tipi': 'Bireysel'}),
             C('gulay@example.com', '+4915123456789', 'Gülay', 'Şimşek', 'Köln', 'DE'),
             C('', '+905347001122', 'Emine', 'Aktaş', 'Ankara', 'TR', {'müşteri_tipi': 'Bireysel'}),
             C('', '+902164441234', 'Yusuf', 'Kara', 'İzmir', 'TR', {'müşteri_tipi': 'Kurumsal'}),
             C('seyma.dogan@example.com', '+905357189012', 'Şeyma', 'Doğan', 'Muğla', 'TR'),
             C('ibrahim@example.com', '+905372201100', 'İbrahim', 'Çakır', 'Şanlıurfa', 'TR', {'müşteri_tipi': 'Bireysel'})],
            {'imported': 7, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []}))

# --- 7. Spanish ----------------------------------------------------------------------------------------------------
# Excel on Spanish Windows: Windows-1252, ";", CRLF. The import's default region is ES here.

spanish = [
    'Nombre;Apellidos;Correo electrónico;Celular;Teléfono;Ciudad;País',
    'José;Martínez García;jose.martinez@example.com;612 34 56 78;91 123 45 67;Madrid;España',
    'María José;Núñez;maria.nuñez@example.com;55 1234 5678;;Ciudad de México;México',  # 3: a Mexican mobile
    'Lukas;Schäfer;lukas.schaefer@example.org;0160 9876543;;Múnich;Alemania',  # 4: a German mobile
    'Iñaki;Peña;inaki.pena@example.com;622 11 22 33;;Bilbao;',  # 5: no country: the default region, ES
    'Ana;López;ANA.LOPEZ@EXAMPLE.COM;;93 412 34 56;Barcelona;España',  # 6: only a landline: the phone (fall-back)
    'Jordi;Puig;jordi.puig@example.com;655 44 33 22;;Girona;Cataluña',  # 7: not a country: kept, with a warning
    'Rocío;Santos;sin correo;699 88 77 66;;Sevilla;España',  # 8: "no email" typed in the email column
]
case('spanish', 'spanish.csv', text(spanish, '\r\n').encode('cp1252'),
     expect('Excel on Spanish Windows (Windows-1252, ";") with Spanish headers: Celular beats Teléfono, which an empty '
            'Celular falls back to, País in Spanish (España, México, Alemania) decides how national numbers are '
            'read, an empty País falls back to the default region ES (and the row gets its number\'s country, ES), '
            '"Cataluña" is no country, "sin correo" is kept as written.',
            [C('jose.martinez@example.com', '+34612345678', 'José', 'Martínez García', 'Madrid', 'ES', {
                'teléfono': '91 123 45 67'}),
             C('maria.nuñez@example.com', '+525512345678', 'María José', 'Núñez', 'Ciudad de México', 'MX'),
             C('lukas.schaefer@example.org', '+491609876543', 'Lukas', 'Schäfer', 'Múnich', 'DE'),
             C('inaki.pena@example.com', '+34622112233', 'Iñaki', 'Peña', 'Bilbao', 'ES'),
             C('ana.lopez@example.com', '+34934123456', 'Ana', 'López', 'Barcelona', 'ES'),
             C('jordi.puig@example.com', '+34655443322', 'Jordi', 'Puig', 'Girona', 'Cataluña'),
             C('', '+34699887766', 'Rocío', 'Santos', 'Sevilla', 'ES', {'email_as_written': 'sin correo'})],
            {'imported': 7, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [7, 8],
             'skipped_lines': [], 'merged_lines': []},
            region='ES'))

# --- 8. Polish -----------------------------------------------------------------------------------------------------
# Excel's "CSV UTF-8": UTF-8 with BOM, comma, CRLF. The default region stays TR: a Polish number without +48 in a row
# without a country does not parse.

polish = [
    'Imię,Nazwisko,Adres e-mail,Telefon komórkowy,Tel.,Miejscowość,Kraj',
    'Łukasz,Żółkiewski,lukasz.zolkiewski@example.com,501 234 567,71 123 45 67,Wrocław,Polska',
    'Małgorzata,Dąbrowska,malgorzata@example.com,+48 601 222 333,,Gdańsk,PL',
    'Grzegorz,Brzęczyszczykiewicz,grzegorz.b@example.com,502 345 678,,Łódź,',  # 4: no country, read as TR
    'Anna,Schmidt,anna.schmidt@example.org,0171 2345678,,Berlin,Niemcy',  # 5: Niemcy = Germany
    'Zofia,Nowak,,512 345 678,,Kraków,POL',  # 6: alpha-3
    'Agnieszka,Kamińska,agnieszka@example.com,,22 555 00 00,Warszawa,Polska',  # 7: only Tel.: the phone (fall-back)
]
case('polish', 'polish.csv', b'\xef\xbb\xbf' + text(polish, '\r\n').encode('utf-8'),
     expect('Excel\'s "CSV UTF-8" with Polish headers (UTF-8 with BOM): Telefon komórkowy beats Tel. ("tel" field), '
            'which an empty Telefon komórkowy falls back to, Kraj as Polska/Niemcy/PL/POL decides how national '
            'numbers are read, a row without Kraj uses the default region (TR) so its Polish number is kept as '
            'written (and gives the row no country).',
            [C('lukasz.zolkiewski@example.com', '+48501234567', 'Łukasz', 'Żółkiewski', 'Wrocław', 'PL', {
                'tel': '71 123 45 67'}),
             C('malgorzata@example.com', '+48601222333', 'Małgorzata', 'Dąbrowska', 'Gdańsk', 'PL'),
             C('grzegorz.b@example.com', '', 'Grzegorz', 'Brzęczyszczykiewicz', 'Łódź', '', {
                 'phone_as_written': '502 345 678'}),
             C('anna.schmidt@example.org', '+491712345678', 'Anna', 'Schmidt', 'Berlin', 'DE'),
             C('', '+48512345678', 'Zofia', 'Nowak', 'Kraków', 'PL'),
             C('agnieszka@example.com', '+48225550000', 'Agnieszka', 'Kamińska', 'Warszawa', 'PL')],
            {'imported': 6, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [4],
             'skipped_lines': [], 'merged_lines': []}))

# --- 9. A title line above the header ------------------------------------------------------------------------------
# Excel "CSV UTF-8" (BOM), ";", CRLF; Excel pads the title row with empty cells to the sheet's width.

title_line = [
    'Kampanya listesi — 2026-11-30;;',
    'Cep No;E-posta;Ad',
    '0532 612 48 37;ayse@example.com;',
    '0505 123 45 67;;Hasan',
    '0541 222 33 44;mert@example.com;Mert',
    '0532 612 48 37;AYSE@example.com;Ayşe Nur',  # 6: the same person as line 3: combined, this line's name wins
    '+90 505 123 45 67;;',  # 7: the same number as line 4 and no email: the same person
    '0555 987 65 43;selin@example.com;Selin',
]
case('title_line', 'title_line.csv', b'\xef\xbb\xbf' + text(title_line, '\r\n').encode('utf-8'),
     expect('An Excel sheet with a title row above the header (padded with empty cells): the title is skipped and '
            'reported, the header found on line 2; the same email twice and the same phone-only number twice are '
            'combined, the later row\'s non-empty cells winning.',
            [C('ayse@example.com', '+905326124837', 'Ayşe Nur', '', '', 'TR'),
             C('', '+905051234567', 'Hasan', '', '', 'TR'),
             C('mert@example.com', '+905412223344', 'Mert', '', '', 'TR'),
             C('selin@example.com', '+905559876543', 'Selin', '', '', 'TR')],
            {'imported': 4, 'updated': 0, 'merged': 2, 'skipped': 1, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [1], 'merged_lines': [6, 7]}))

# --- 10. Pipe and colon delimiters ----------------------------------------------------------------------------------

pipe = [
    'Ad|Soyad|E-posta|Telefon|Şehir|Not',
    'Anna|Kowalska|anna@example.com|0212 444 55 66|İstanbul|Santral, dahili 12',
    'Piotr|Nowak|piotr@example.com|0212 444 55 66|İstanbul|Santral',  # 3: Anna's switchboard: a shared phone
    'Ceren|Aksoy|ceren@example.com|0530 333 44 55|Ankara|',
    'Kaan|Yurt|kaan@example.com|+90 545 600 70 80|Eskişehir|Ara, sonra yaz',
    'Derya|Acar||0544 123 98 76|Antalya|',
]
case('pipe', 'pipe.csv', text(pipe, '\n').encode('utf-8'),
     expect('A "|"-separated export (UTF-8, LF): commas inside cells are text; two people with one switchboard number '
            'are two contacts, the second without the number (kept in shared_phone) and a warning.',
            [C('anna@example.com', '+902124445566', 'Anna', 'Kowalska', 'İstanbul', 'TR', {'not': 'Santral, dahili 12'}),
             C('piotr@example.com', '', 'Piotr', 'Nowak', 'İstanbul', 'TR', {
                 'not': 'Santral', 'shared_phone': '+902124445566'}),
             C('ceren@example.com', '+905303334455', 'Ceren', 'Aksoy', 'Ankara', 'TR'),
             C('kaan@example.com', '+905456007080', 'Kaan', 'Yurt', 'Eskişehir', 'TR', {'not': 'Ara, sonra yaz'}),
             C('', '+905441239876', 'Derya', 'Acar', 'Antalya', 'TR')],
            {'imported': 5, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [3],
             'skipped_lines': [], 'merged_lines': []}))

colon = [
    'name:email:phone:city:note',
    'Zofia Nowak:zofia@example.com:+48 512 345 678:Kraków:',
    'Ahmet Yılmaz:ahmet@example.com:0532 612 48 37:İstanbul:"Toplantı 14:30"',
    'Elena García:elena@example.com:+34 612 34 56 78:Sevilla:',
    'Cem Uçar::0505 123 45 67:Bodrum:',
    'Nil Er:"mailto:nil@example.com"::İzmir:',
]
case('colon', 'colon.csv', text(colon, '\n').encode('utf-8'),
     expect('A ":"-separated export (UTF-8, LF) where times and mailto: inside quoted cells hold the delimiter; a lone '
            '"name" column is the first name when nothing else claims it.',
            [C('zofia@example.com', '+48512345678', 'Zofia Nowak', '', 'Kraków', 'PL'),
             C('ahmet@example.com', '+905326124837', 'Ahmet Yılmaz', '', 'İstanbul', 'TR', {'note': 'Toplantı 14:30'}),
             C('elena@example.com', '+34612345678', 'Elena García', '', 'Sevilla', 'ES'),
             C('', '+905051234567', 'Cem Uçar', '', 'Bodrum', 'TR'),
             C('nil@example.com', '', 'Nil Er', '', 'İzmir', '')],
            {'imported': 5, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []}))

# --- 11. A header nobody recognises --------------------------------------------------------------------------------

nomatch = [
    'Kolon A,Kolon B,Kolon C',
    'Ayşe Yılmaz,ayse@example.com,0532 612 48 37',
    'Mehmet Kaya,mehmet@example.com,+90 541 222 33 44',
    'Elif Şen,elif@example.com,0505 123 45 67',
    'Burak Ak,burak(at)example.com,0555 987 65 43',  # 5: not an email: kept as written, imported by the phone
    'Selin Öz,selin@example.com,',
    'Cem Tan,,0507 700 11 22',
]
case('headerless_nomatch', 'headerless_nomatch.csv', text(nomatch, '\r\n').encode('utf-8'),
     expect('A header row whose names mean nothing (Kolon A/B/C): the email and phone columns are found by their '
            'content, the other column is a custom field named after its header.',
            [C('ayse@example.com', '+905326124837', '', '', '', 'TR', {'kolon_a': 'Ayşe Yılmaz'}),
             C('mehmet@example.com', '+905412223344', '', '', '', 'TR', {'kolon_a': 'Mehmet Kaya'}),
             C('elif@example.com', '+905051234567', '', '', '', 'TR', {'kolon_a': 'Elif Şen'}),
             C('', '+905559876543', '', '', '', 'TR', {'kolon_a': 'Burak Ak', 'email_as_written': 'burak(at)example.com'}),
             C('selin@example.com', '', '', '', '', '', {'kolon_a': 'Selin Öz'}),
             C('', '+905077001122', '', '', '', 'TR', {'kolon_a': 'Cem Tan'})],
            {'imported': 6, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [5],
             'skipped_lines': [], 'merged_lines': []}))

# --- 12. A stray quote ---------------------------------------------------------------------------------------------
# Line 4 opens a quote it never closes; read strictly, it would swallow the lines up to the next quote (line 6's note)
# and lose them. UTF-8, comma, LF.

stray = [
    'No,Ad,E-posta,Telefon,Not',
    '1,Mehmet,mehmet1@example.com,+905321112230,',
    '2,Fatma,fatma2@example.com,+905321112231,Fuar',
    '4,"Ayşe,ayse4@example.com,+905321112233',
    '5,Emre,emre5@example.com,+905321112234,',
    '6,Zeynep,zeynep6@example.com,+905321112235,"Fuarda tanıştık,\nkatalog gönderildi"',  # 6-7
    '7,Hakan,hakan7@example.com,+905321112236,"Müşteri ""VIP"""',
    '8,Deniz,deniz8@example.com,+905321112237,',
]
case('stray_quote', 'stray_quote.csv', text(stray, '\n').encode('utf-8'),
     expect('A hand-edited file with a stray opening quote on line 4: that line is read with the quote dropped and '
            'a warning, every following line (and a legitimately quoted multi-line note with a comma and doubled '
            'quotes) is imported.',
            [C('mehmet1@example.com', '+905321112230', 'Mehmet', '', '', 'TR', {'no': '1'}),
             C('fatma2@example.com', '+905321112231', 'Fatma', '', '', 'TR', {'no': '2', 'not': 'Fuar'}),
             C('ayse4@example.com', '+905321112233', 'Ayşe', '', '', 'TR', {'no': '4'}),
             C('emre5@example.com', '+905321112234', 'Emre', '', '', 'TR', {'no': '5'}),
             C('zeynep6@example.com', '+905321112235', 'Zeynep', '', '', 'TR', {
                 'no': '6', 'not': 'Fuarda tanıştık,\nkatalog gönderildi'}),
             C('hakan7@example.com', '+905321112236', 'Hakan', '', '', 'TR', {'no': '7', 'not': 'Müşteri "VIP"'}),
             C('deniz8@example.com', '+905321112237', 'Deniz', '', '', 'TR', {'no': '8'})],
            {'imported': 7, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [4],
             'skipped_lines': [], 'merged_lines': []}))

# --- 13. Two exports concatenated: UTF-8 lines, then Windows-1254 lines ----------------------------------------------

mixed_utf8 = [
    'Ad;Soyad;E-posta;Telefon;Şehir',
    'Ayşe;Yılmaz;ayse@example.com;0532 612 48 37;İstanbul',
    'Çağrı;Öztürk;cagri@example.com;0541 222 33 44;Muğla',
    'Şeyma;Doğan;seyma@example.com;0505 123 45 67;Eskişehir',
    'İbrahim;Kılıç;ibrahim@example.com;0542 318 77 20;Şanlıurfa',
    'Gülşen;Ünal;gulsen@example.com;0555 987 65 43;Çanakkale',
]
mixed_1254 = [
    'Ümit;Güneş;umit@example.com;0507 700 11 22;İzmir',
    'Işıl;Çelik;isil@example.com;0533 111 22 33;Ağrı',
    'Oğuz;Şahin;oguz@example.com;0534 222 33 44;Iğdır',
    'Özge;Kılınç;ozge@example.com;0536 410 20 30;Düzce',
]
case('mixed_encoding', 'mixed_encoding.csv',
     text(mixed_utf8, '\r\n').encode('utf-8') + text(mixed_1254, '\r\n').encode('cp1254'),
     expect('Two exports pasted into one file: lines 1-6 in UTF-8, lines 7-10 in Windows-1254; every Turkish letter '
            '(ç ğ ı İ ö ş ü and capitals) must come out right on every line.',
            [C('ayse@example.com', '+905326124837', 'Ayşe', 'Yılmaz', 'İstanbul', 'TR'),
             C('cagri@example.com', '+905412223344', 'Çağrı', 'Öztürk', 'Muğla', 'TR'),
             C('seyma@example.com', '+905051234567', 'Şeyma', 'Doğan', 'Eskişehir', 'TR'),
             C('ibrahim@example.com', '+905423187720', 'İbrahim', 'Kılıç', 'Şanlıurfa', 'TR'),
             C('gulsen@example.com', '+905559876543', 'Gülşen', 'Ünal', 'Çanakkale', 'TR'),
             C('umit@example.com', '+905077001122', 'Ümit', 'Güneş', 'İzmir', 'TR'),
             C('isil@example.com', '+905331112233', 'Işıl', 'Çelik', 'Ağrı', 'TR'),
             C('oguz@example.com', '+905342223344', 'Oğuz', 'Şahin', 'Iğdır', 'TR'),
             C('ozge@example.com', '+905364102030', 'Özge', 'Kılınç', 'Düzce', 'TR')],
            {'imported': 9, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'skipped_lines': [],
             'merged_lines': []}))

# --- 14. Updates on top of a base import -----------------------------------------------------------------------------

update_base = [
    'Ad;Soyad;E-posta;Cep Telefonu;Şehir;Müşteri Tipi',
    'Ayşe;Yılmaz;ayse@example.com;0532 612 48 37;İstanbul;Gold',
    'Mehmet;Demir;mehmet@example.com;0541 222 33 44;Ankara;Silver',
    'Zeynep;Kaya;zeynep@example.com;0505 123 45 67;İzmir;Gold',
    'Hasan;Çelik;;0555 987 65 43;Bursa;Bronze',
    'Elif;Şen;elif@example.com;;Antalya;',
]
BASE = [C('ayse@example.com', '+905326124837', 'Ayşe', 'Yılmaz', 'İstanbul', 'TR', {'müşteri_tipi': 'Gold'}),
        C('mehmet@example.com', '+905412223344', 'Mehmet', 'Demir', 'Ankara', 'TR', {'müşteri_tipi': 'Silver'}),
        C('zeynep@example.com', '+905051234567', 'Zeynep', 'Kaya', 'İzmir', 'TR', {'müşteri_tipi': 'Gold'}),
        C('', '+905559876543', 'Hasan', 'Çelik', 'Bursa', 'TR', {'müşteri_tipi': 'Bronze'}),
        C('elif@example.com', '', 'Elif', 'Şen', 'Antalya', '')]


def base_with(changes, added=()):
    """The base group with some contacts changed ({email or phone: {key: value}}; a None value drops a custom
    field) and some added."""
    out = []
    for c in BASE:
        c = json.loads(json.dumps(c))
        for k, v in changes.get(c['email'] or c['phone'], {}).items():
            if k in c and k != 'fields':
                c[k] = v
            elif v is None:
                c['fields'].pop(k, None)
            else:
                c['fields'][k] = v
        out.append(c)
    return out + list(added)


case('update_base', 'update_base.csv', text(update_base, '\r\n').encode('cp1254'),
     expect('The base group of the update cases, from an Excel file on Turkish Windows (Windows-1254, ";"): a '
            'phone-only and an email-only contact, a custom field.',
            BASE,
            {'imported': 5, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []}))

update_changes = [
    'E-posta;Şehir',
    'AYSE@example.com;Ankara',  # 2: Ayşe moved; her names, phone and müşteri_tipi stay
    'mehmet@example.com;',  # 3: an empty cell changes nothing
    'zeynep@example.com;Eskişehir',
    'zeynep@example.com;Bursa',  # 5: the same person again: the last row wins
    'yeni@example.com;Antalya',  # 6: new
    'yok;Mersin',  # 7: no address at all
]
case('update_changes', 'update_changes.csv', b'\xef\xbb\xbf' + text(update_changes, '\r\n').encode('utf-8'),
     expect('An update file with only some columns (E-posta;Şehir, no names), imported with duplicates updated over '
            'update_base.csv: only its non-empty cells change a contact, names, phones and custom fields it does not '
            'have stay, the same person twice ends with the last row\'s city.',
            base_with({'ayse@example.com': {'city': 'Ankara'}, 'zeynep@example.com': {'city': 'Bursa'}},
                      [C('yeni@example.com', '', '', '', 'Antalya', '')]),
            {'imported': 1, 'merged': 1, 'invalid_lines': [7], 'warning_lines': [], 'merged_lines': [5]},
            on_duplicate='update', before='update_base.csv'))

update_clear = [
    'E-posta;Şehir;Müşteri Tipi;Kampanya',
    'ayse@example.com;;Platinum;Kış 2026',  # 2: the empty city clears hers
    'mehmet@example.com;Eskişehir;;',  # 3: the empty Müşteri Tipi clears his
    'elif@example.com;Antalya;Gold;Yaz 2026',
]
case('update_clear', 'update_clear.csv', text(update_clear, '\r\n').encode('utf-8'),
     expect('An update over update_base.csv with empty cells clearing their field: a cleared city, a cleared custom '
            'field, a new custom field merged with the ones the contact has; columns the file lacks are kept.',
            base_with({'ayse@example.com': {'city': '', 'müşteri_tipi': 'Platinum', 'kampanya': 'Kış 2026'},
                       'mehmet@example.com': {'city': 'Eskişehir', 'müşteri_tipi': None},
                       'elif@example.com': {'müşteri_tipi': 'Gold', 'kampanya': 'Yaz 2026'}}),
            {'imported': 0, 'updated': 3, 'merged': 0, 'skipped': 0, 'invalid_lines': [], 'warning_lines': [],
             'skipped_lines': [], 'merged_lines': []},
            on_duplicate='update', empty_cells_clear=True, before='update_base.csv'))

reimport_skip = [
    'Ad;Soyad;E-posta;Cep Telefonu;Şehir',
    'Ayşe;Yılmaz;ayse@example.com;0532 612 48 37;İstanbul',  # 2: in the group: skipped
    'Hasan;Çelik;;0555 987 65 43;Bursa',  # 3: phone only, in the group: skipped
    'Kemal;Çelik;kemal@example.com;0555 987 65 43;Bursa',  # 4: a new person with Hasan's (home) number
    'Nilay;Ateş;nilay@example.com;0546 777 88 99;Adana',
    'Mehmet;Demir;MEHMET@example.com;0541 999 99 99;Ankara',  # 6: in the group (by email): skipped, phone unchanged
]
case('reimport_skip', 'reimport_skip.csv', text(reimport_skip, '\r\n').encode('utf-8'),
     expect('A second import over update_base.csv with duplicates skipped: contacts the group has (by email, or by '
            'phone when there is no email) are skipped and listed; a new email with a number another contact has '
            'is imported without it (shared_phone).',
            base_with({}, [C('kemal@example.com', '', 'Kemal', 'Çelik', 'Bursa', 'TR', {'shared_phone': '+905559876543'}),
                           C('nilay@example.com', '+905467778899', 'Nilay', 'Ateş', 'Adana', 'TR')]),
            {'imported': 2, 'updated': 0, 'merged': 0, 'skipped': 3, 'invalid_lines': [], 'warning_lines': [4],
             'skipped_lines': [2, 3, 6], 'merged_lines': []},
            before='update_base.csv'))

# --- 15. Email addresses at the edges -------------------------------------------------------------------------------

edge = [
    'Ad,Soyad,E-posta,Telefon',
    'Ali,Veli,Ali.VELI@Example.COM,',
    'Bilgi,Masası,mailto:info@example.com,',
    'Zeynep,Kaya,"""Zeynep Kaya"" <zeynep@example.com>",',
    'Kitap,Evi,user@BÜCHER.example,',
    'Ahmet,Nokta,a..b@example.com,0532 612 48 37',  # 6: two dots: kept as written, imported by the phone
    'Berk,Son,trailing.@example.com,',  # 7: invalid and no phone
    'Cansu,Boşluk,with space@example.com,0541 222 33 44',  # 8
    'Dilek,Nokta,x@example.com.,',  # 9: a dot at the end of the domain, no phone
    '"  Ayşe  ",   Demir  ,ayse.demir@example.com,',  # 10: quoted spaces kept, unquoted ones trimmed
    'İlknur,Şen,İLKNUR.ŞEN@EXAMPLE.COM,',  # 11: İ lower-cases to i, not i + U+0307
    'Deniz,Ak,Deniz Ak <deniz@example.com>,',
    'Bora,Tan,   bora@example.com  ,',
]
case('edge_addresses', 'edge_addresses.csv', text(edge, '\n').encode('utf-8'),
     expect('Email addresses as people type and tools write them: case, mailto:, "Name" <addr> and Name <addr> '
            'wrappers, a Unicode domain lower-cased, İ; invalid ones (two dots, a dot at an end, a space) kept as '
            'written when the row has a phone and invalid when not; quoted padding kept, unquoted padding trimmed.',
            [C('ali.veli@example.com', '', 'Ali', 'Veli', '', ''),
             C('info@example.com', '', 'Bilgi', 'Masası', '', ''),
             C('zeynep@example.com', '', 'Zeynep', 'Kaya', '', ''),
             C('user@bücher.example', '', 'Kitap', 'Evi', '', ''),
             C('', '+905326124837', 'Ahmet', 'Nokta', '', 'TR', {'email_as_written': 'a..b@example.com'}),
             C('', '+905412223344', 'Cansu', 'Boşluk', '', 'TR', {'email_as_written': 'with space@example.com'}),
             C('ayse.demir@example.com', '', '  Ayşe  ', 'Demir', '', ''),
             C('ilknur.şen@example.com', '', 'İlknur', 'Şen', '', ''),
             C('deniz@example.com', '', 'Deniz', 'Ak', '', ''),
             C('bora@example.com', '', 'Bora', 'Tan', '', '')],
            {'imported': 10, 'updated': 0, 'merged': 0, 'skipped': 0, 'invalid_lines': [7, 9],
             'warning_lines': [6, 8], 'skipped_lines': [], 'merged_lines': []}))


# --- main ----------------------------------------------------------------------------------------------------------

def main():
    names = set()
    for name, data_file, data, expected in CASES:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(HERE, data_file), 'wb') as f:
            f.write(data)
        with open(os.path.join(HERE, name + '.expected.json'), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(expected, f, ensure_ascii=False, indent=2)
            f.write('\n')
    print(f'{len(CASES)} files and their expectations written to {HERE}')
    if '--check' in sys.argv:
        sys.path.insert(0, HERE)
        sys.dont_write_bytecode = True
        import oracle
        problems = oracle.check_all(HERE, [(name, data_file, expected) for name, data_file, _, expected in CASES])
        for p in problems:
            print(p)
        print(f'oracle: {len(problems)} disagreement(s)')
        sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
