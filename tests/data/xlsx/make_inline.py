#!/usr/bin/env python3
"""Writes inline.xlsx, the hand-made workbook of tests/unit/tst_xlsx.cpp: what Excel and other writers put in a
workbook that LibreOffice does not (inline strings, rich-text shared strings with phonetic runs, cells without a
reference, gaps, the 1904 date system, _x000D_ escapes, booleans, errors, formula results, a prefixed namespace,
an absolute relationship target), a second sheet with a cell over the reader's length limit and a third that is
not well-formed XML; and
not_a_workbook.zip, a zip with no workbook in it.

Run it from anywhere: python3 tests/data/xlsx/make_inline.py. The output is the same bytes on every run."""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = HEAD + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/long.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/worksheets/broken.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""

ROOT_RELS = HEAD + f"""<Relationships xmlns="{PKG_RELS}">
<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

# Sheets in workbook order "Data", "Long", "Broken"; relationship ids not in that order; one target absolute.
WORKBOOK = HEAD + f"""<workbook xmlns="{MAIN}" xmlns:r="{RELS}">
<workbookPr date1904="1"/>
<sheets><sheet name="Data" sheetId="1" r:id="rId7"/><sheet name="Long" sheetId="2" r:id="rId3"/>
<sheet name="Broken" sheetId="3" r:id="rId5"/></sheets>
</workbook>"""

WORKBOOK_RELS = HEAD + f"""<Relationships xmlns="{PKG_RELS}">
<Relationship Id="rId3" Type="{RELS}/worksheet" Target="worksheets/long.xml"/>
<Relationship Id="rId5" Type="{RELS}/worksheet" Target="worksheets/../worksheets/broken.xml"/>
<Relationship Id="rId7" Type="{RELS}/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId1" Type="{RELS}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""

SHARED_STRINGS = HEAD + f"""<sst xmlns="{MAIN}" count="6" uniqueCount="6">
<si><t>email</t></si>
<si><r><rPr><b/><sz val="11"/></rPr><t>first</t></r><r><t>_name</t></r><rPh sb="0" eb="5"><t>ファースト</t></rPh><phoneticPr fontId="1"/></si>
<si><t>Line one_x000D__x000A_line two</t></si>
<si><t>keep _x005F_x000D_ literally</t></si>
<si><t xml:space="preserve"> Łucja &amp; Ömer </t></si>
<si><t>city</t></si>
</sst>"""

# cellXfs: 0 General, 1 custom date, 2 built-in date (14), 3 custom time, 4 [Red] number, 5 quoted letters,
# 6 built-in date and time (22), 7 "General" as a custom code, 8 an accounting format with escapes.
STYLES = HEAD + f"""<styleSheet xmlns="{MAIN}">
<numFmts count="6">
<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>
<numFmt numFmtId="165" formatCode="[$-409]h:mm AM/PM;@"/>
<numFmt numFmtId="166" formatCode="[Red]0.00"/>
<numFmt numFmtId="167" formatCode="&quot;day&quot; 0"/>
<numFmt numFmtId="168" formatCode="General"/>
<numFmt numFmtId="169" formatCode="#,##0.00_);[Red]\\(#,##0.00\\)"/>
</numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0"/><xf numFmtId="14" xfId="0"/><xf numFmtId="165" xfId="0"/>
<xf numFmtId="166" xfId="0"/><xf numFmtId="167" xfId="0"/><xf numFmtId="22" xfId="0"/><xf numFmtId="168" xfId="0"/>
<xf numFmtId="169" xfId="0"/>
</cellXfs>
</styleSheet>"""


def inline(ref, text):
    return f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{text}</x:t></x:is></x:c>'


DATA_ROWS = [
    # 1: the header: shared, rich shared, rich inline with a phonetic run, inline.
    '<x:row r="1" spans="1:8">'
    '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
    '<x:c r="C1" t="inlineStr"><x:is><x:r><x:t>no</x:t></x:r><x:r><x:rPr><x:i/></x:rPr><x:t>tes</x:t></x:r>'
    '<x:rPh sb="0" eb="1"><x:t>ノ</x:t></x:rPh></x:is></x:c>'
    + inline("D1", "phone") + inline("E1", "joined") + inline("F1", "active") + inline("G1", "formula")
    + inline("H1", "status") + '</x:row>',
    # 2: cells without a reference follow the one before; a phone stored as a number; a 1904 date; a boolean,
    # a formula's text result, an error.
    '<x:row r="2">' + inline("A2", "ayse@example.com")
    + '<x:c t="s"><x:v>4</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>905326124837</x:v></x:c>'
    '<x:c r="E2" s="1"><x:v>43000</x:v></x:c><x:c r="F2" t="b"><x:v>1</x:v></x:c>'
    '<x:c r="G2" t="str"><x:f>A2&amp;"!"</x:f><x:v>ayse@example.com!</x:v></x:c>'
    '<x:c r="H2" t="e"><x:f>NA()</x:f><x:v>#N/A</x:v></x:c></x:row>',
    # 3 is missing. 4: gaps, trailing empty cells.
    '<x:row r="4">' + inline("A4", "gap@example.com")
    + '<x:c r="D4" s="7"><x:v>48601234567</x:v></x:c><x:c r="F4" t="b"><x:v>0</x:v></x:c>'
    '<x:c r="H4" t="e"><x:v>#DIV/0!</x:v></x:c>' + inline("I4", "") + '<x:c r="J4" s="4"/></x:row>',
    # 5: only empty cells: not a record.
    '<x:row r="5"><x:c r="A5" s="1"/>' + inline("B5", "") + '</x:row>',
    # 6: a row without a number, cells without references; escapes, entities.
    '<x:row><x:c t="inlineStr"><x:is><x:t>norow@example.com</x:t></x:is></x:c><x:c t="s"><x:v>3</x:v></x:c>'
    '<x:c t="inlineStr"><x:is><x:t>A &amp; B &lt;c&gt; &#x15F;_x0009_tab</x:t></x:is></x:c></x:row>',
    # 7: number formats that are not dates, a time, a date and time, numbers in general format, an ISO date cell.
    '<x:row r="7"><x:c r="A7" s="4"><x:v>3.5</x:v></x:c><x:c r="B7" s="5"><x:v>7</x:v></x:c>'
    '<x:c r="C7" s="3"><x:v>0.75</x:v></x:c><x:c r="D7" s="6"><x:v>1000.5</x:v></x:c>'
    '<x:c r="E7" s="8"><x:v>-1234.5</x:v></x:c><x:c r="F7"><x:v>1E+15</x:v></x:c>'
    '<x:c r="G7"><x:v>123456789012345678</x:v></x:c><x:c r="H7"><x:v>0.1</x:v></x:c>'
    '<x:c r="I7" t="n"><x:v>-7</x:v></x:c><x:c r="J7" t="d"><x:v>2024-02-29T10:00:00</x:v></x:c>'
    '<x:c r="K7"><x:v>1.5E-7</x:v></x:c></x:row>',
    # 8: the first day of the 1904 system, a date with seconds, a shared string reused.
    '<x:row r="8"><x:c r="A8" s="2"><x:v>0</x:v></x:c><x:c r="B8" s="6"><x:v>35065.000011574</x:v></x:c>'
    '<x:c r="C8" t="s"><x:v>5</x:v></x:c></x:row>',
]

DATA = HEAD + f'<x:worksheet xmlns:x="{MAIN}" xmlns:r="{RELS}"><x:dimension ref="A1:K8"/><x:sheetData>' + "".join(
    DATA_ROWS) + '</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" ' \
                 'footer="0.3"/></x:worksheet>'

LONG = (HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c><c r="B1" t="inlineStr"><is><t>note</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>long@example.com</t></is></c>'
        f'<c r="B2" t="inlineStr"><is><t>{"x" * ((1 << 20) + 1)}</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>after@example.com</t></is></c>'
        '<c r="B3" t="inlineStr"><is><t>short</t></is></c></row>'
        '</sheetData></worksheet>')

# Two good rows, then XML that is not well-formed (a damaged file): the reader reports it and stops.
BROKEN = (HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'
          '<row r="2"><c r="A2" t="inlineStr"><is><t>first@example.com</t></is></c></row>'
          '<row r="3"><c r="A3" t="inlineStr"><is><t>lost@example.com</t></is></c></rov>'
          '<row r="4"><c r="A4" t="inlineStr"><is><t>never@example.com</t></is></c></row>'
          '</sheetData></worksheet>')

PARTS = [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", ROOT_RELS),
    ("xl/workbook.xml", WORKBOOK),
    ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ("xl/sharedStrings.xml", SHARED_STRINGS),
    ("xl/styles.xml", STYLES),
    ("xl/worksheets/data.xml", DATA),
    ("xl/worksheets/long.xml", LONG),
    ("xl/worksheets/broken.xml", BROKEN),
]


# A zip that is not a workbook (an OpenDocument file is one too): the reader must say so.
OTHER_ZIP = [
    ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
    ("content.xml", HEAD + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
]


def write_zip(file_name, parts):
    path = os.path.join(HERE, file_name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 16, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    print(f"wrote {path}")


def main():
    write_zip("inline.xlsx", PARTS)
    write_zip("not_a_workbook.zip", OTHER_ZIP)


if __name__ == "__main__":
    main()
