"""Text out of the printed reports as PyMuPDF, pdfminer.six and python-docx give it."""
import sys
import fitz
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pdfminer.high_level import extract_text

work, out, *reports = sys.argv[1:]
for r in reports:
    for engine, pdf in (("chrome", f"{work}/{r}.chrome.pdf"), ("writer", f"{work}/landscape/{r}.pdf")):
        doc = fitz.open(pdf)
        open(f"{out}/{r}.{engine}-fitz.txt", "w").write("".join(p.get_text() for p in doc))
        open(f"{out}/{r}.{engine}-fitz-sort.txt", "w").write("".join(p.get_text(sort=True) for p in doc))
        open(f"{out}/{r}.{engine}-pdfminer.txt", "w").write(extract_text(pdf))
    # Paragraphs and tables in body order, a table row's cells joined by tabs, as scrapers do.
    d = Document(f"{work}/landscape/{r}.docx")
    lines = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            lines.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            lines.extend("\t".join(c.text for c in row.cells) for row in Table(el, d).rows)
    open(f"{out}/{r}.python-docx.txt", "w").write("\n".join(lines))
