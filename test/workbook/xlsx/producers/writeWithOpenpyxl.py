"""Writes the producer corpus's openpyxl files from figures.json (run by make.sh with Debian's /usr/bin/python3).

openpyxl-table.xlsx: the Actuals are an Excel Table, as pandas/openpyxl automation writes them (absolute part
names such as /xl/tables/table1.xml). openpyxl-1904.xlsx: the same figures in a workbook using the 1904 date system,
with a posting date column, so dates must come out in the 1900 system.
"""
import datetime
import json
import os

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "figures.json")) as f:
    figures = json.load(f)
header = ["Account", "Department"] + figures["months"]


def fill(sheet, pick):
    sheet.append(header)
    for line in figures["lines"]:
        sheet.append([line["account"], line["department"]] + line[pick])


book = Workbook()
budget = book.active
budget.title = "Budget"
fill(budget, "budget")
actuals = book.create_sheet("Actuals")
fill(actuals, "actual")
table = Table(displayName="ActualsFY26", ref="A1:E%d" % (len(figures["lines"]) + 1))
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
actuals.add_table(table)
book.save(os.path.join(here, "openpyxl-table.xlsx"))

book = Workbook()
book.epoch = datetime.datetime(1904, 1, 1)
budget = book.active
budget.title = "Budget"
fill(budget, "budget")
actuals = book.create_sheet("Actuals")
fill(actuals, "actual")
notes = book.create_sheet("Notes")
notes.append(["Approved on", datetime.datetime(2026, 1, 15)])
notes["B1"].number_format = "yyyy-mm-dd"
book.save(os.path.join(here, "openpyxl-1904.xlsx"))
