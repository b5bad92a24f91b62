"""Words for the problems the roster checks report (import, person form), in the UI language.

The exchange and domain layers return a code, the field and the arguments; this turns them into
a sentence saying what is wrong and how to fix it. `%1`, `%2` are the arguments.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label

CONTEXT = "Problems"

FIELDS: dict[str, str] = {
    "employee_no": QT_TRANSLATE_NOOP("Problems", "Employee no."),
    "name": QT_TRANSLATE_NOOP("Problems", "Name"),
    "sex": QT_TRANSLATE_NOOP("Problems", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Problems", "Birth date"),
    "id_number": QT_TRANSLATE_NOOP("Problems", "ID number"),
    "department": QT_TRANSLATE_NOOP("Problems", "Department"),
    "phone": QT_TRANSLATE_NOOP("Problems", "Mobile"),
    "hire_date": QT_TRANSLATE_NOOP("Problems", "Hire date"),
    "job_title": QT_TRANSLATE_NOOP("Problems", "Job"),
    "hazards": QT_TRANSLATE_NOOP("Problems", "Occupational hazards"),
    "departure_date": QT_TRANSLATE_NOOP("Problems", "Departure date"),
}

REASONS: dict[str, str] = {
    # the file as a whole
    "not_found": QT_TRANSLATE_NOOP("Problems", "The file does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP(
        "Problems",
        "This is a folder, a pipe or a device, not a file. Choose the spreadsheet file itself.",
    ),
    "not_a_spreadsheet": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not a spreadsheet. Use an Excel (.xlsx, .xls), WPS (.et), LibreOffice (.ods) "
        "or text (.csv, .txt) file.",
    ),
    "too_big": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is too large for a roster (at most 32 MB, and 200 MB per part unpacked). "
        "Check that it is the right file, or split it.",
    ),
    "password": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is protected by a password. Remove the password in Excel or WPS, save it and "
        "import the saved copy.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is damaged and cannot be read. Open it in Excel, WPS or LibreOffice (they can "
        "often repair it), save it again and import the saved copy.",
    ),
    "too_many_columns": QT_TRANSLATE_NOOP(
        "Problems",
        "The sheet has too many columns (at most 256). Delete the columns that do not belong "
        "and save it again.",
    ),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "Problems",
        "The sheet is too large (rows × columns beyond 4 million). Delete the empty rows and "
        "columns at its end and save it again.",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "Cell %1 holds more than 32,767 characters, which no roster cell does. Check the file.",
    ),
    "empty": QT_TRANSLATE_NOOP("Problems", "The file is empty."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Problems", "The file has too many rows: at most 200,000 at once."
    ),
    "missing_column": QT_TRANSLATE_NOOP(
        "Problems",
        "The column %1 is missing (it may also be called %2). Choose it on the Columns tab.",
    ),
    "no_rows": QT_TRANSLATE_NOOP("Problems", "There is no data below the header."),
    # one cell or field
    "formula": QT_TRANSLATE_NOOP(
        "Problems",
        "The cell holds a formula. Copy the column and paste it as values, then import again.",
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "Problems", "Not a real date. Write it as 2023-05-01, 2023/5/1, 2023年5月1日 or 20230501."
    ),
    "wrong_type": QT_TRANSLATE_NOOP(
        "Problems",
        "The cell holds TRUE/FALSE or a date where text or a number belongs. Format the column "
        "as text and type the value again.",
    ),
    "bad_sex": QT_TRANSLATE_NOOP("Problems", "Sex must be 男 (male) or 女 (female)."),
    "required": QT_TRANSLATE_NOOP("Problems", "This must be filled in."),
    "too_long": QT_TRANSLATE_NOOP("Problems", "Too long: at most %1 characters."),
    "id_looks_numeric": QT_TRANSLATE_NOOP(
        "Problems",
        "The ID number was stored as a number, and the spreadsheet has lost its last digits. "
        "Format the ID number column as text and enter the numbers again.",
    ),
    "id_empty": QT_TRANSLATE_NOOP("Problems", "The ID number is empty."),
    "id_bad_length": QT_TRANSLATE_NOOP("Problems", "An ID number has 18 characters."),
    "id_bad_characters": QT_TRANSLATE_NOOP(
        "Problems", "An ID number has only digits; the last one may be X."
    ),
    "id_bad_birth_date": QT_TRANSLATE_NOOP(
        "Problems", "The birth date inside the ID number does not exist."
    ),
    "id_bad_checksum": QT_TRANSLATE_NOOP(
        "Problems", "The check digit of the ID number is wrong: look for a typing error."
    ),
    "id_unknown_region": QT_TRANSLATE_NOOP(
        "Problems", "The region code of the ID number is unknown: please check it."
    ),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "The sex does not match the ID number, which says %1."
    ),
    "birth_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "The birth date does not match the ID number, which says %1."
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP("Problems", "The date %1 is not possible here."),
    "mobile_invalid": QT_TRANSLATE_NOOP(
        "Problems", "A mobile number has 11 digits and starts with 13 to 19."
    ),
    "hire_before_birth": QT_TRANSLATE_NOOP(
        "Problems", "The hire date is before the birth date (%1)."
    ),
    "departure_before_hire": QT_TRANSLATE_NOOP(
        "Problems", "The departure date is before the hire date (%1)."
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "Problems", "The same employee no. is already on row %1."
    ),
    "duplicate_id_in_file": QT_TRANSLATE_NOOP(
        "Problems", "The same ID number is already on row %1."
    ),
    "id_taken": QT_TRANSLATE_NOOP(
        "Problems", "This ID number is already registered for employee no. %1 (%2)."
    ),
    "employee_no_taken": QT_TRANSLATE_NOOP("Problems", "This employee no. already belongs to %1."),
    "employee_no_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "Same ID number and name as employee no. %1 (%2), who is not in this file: imported as "
        "a change of employee no. The old number is kept in the person's history.",
    ),
    "row_skipped": QT_TRANSLATE_NOOP(
        "Problems", "No employee no. and no name: this row is skipped."
    ),
    # writing a file
    "no_space": QT_TRANSLATE_NOOP("Problems", "The disk is full."),
    "not_writable": QT_TRANSLATE_NOOP("Problems", "This folder cannot be written to."),
    "folder_missing": QT_TRANSLATE_NOOP("Problems", "The folder does not exist."),
    "in_use": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is open in another program: close it in Excel/WPS first, then try again.",
    ),
    "is_folder": QT_TRANSLATE_NOOP("Problems", "This is a folder: choose a file name."),
    "io_error": QT_TRANSLATE_NOOP("Problems", "The file could not be written."),
    # health files and follow-ups
    "implausible": QT_TRANSLATE_NOOP(
        "Problems", "This value is not plausible: it must be between %1 and %2."
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "Enter a number."),
    "diastolic_not_below_systolic": QT_TRANSLATE_NOOP(
        "Problems", "The diastolic pressure must be lower than the systolic pressure."
    ),
    "unknown_code": QT_TRANSLATE_NOOP("Problems", "Unknown choice: %1."),
    "none_with_others": QT_TRANSLATE_NOOP(
        "Problems", "“None” cannot be chosen together with other answers."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Problems", "The date is in the future."),
    "next_not_after": QT_TRANSLATE_NOOP(
        "Problems", "The next date must be after the date of this follow-up (%1)."
    ),
    # check-up results
    "no_match": QT_TRANSLATE_NOOP(
        "Problems",
        "Nobody on the roster matches (ID number, employee no., name and birth date): the row "
        "is left out. Check it and add the ID number or employee no.",
    ),
    "several_match": QT_TRANSLATE_NOOP(
        "Problems",
        "%1 people on the roster share this name and birth date: the row is left out. Add the "
        "ID number or employee no.",
    ),
    "name_mismatch": QT_TRANSLATE_NOOP(
        "Problems",
        "The number belongs to employee no. %1 (%2), whose name differs: the row is left out. "
        "Check whether it is the same person.",
    ),
    "totals_skipped": QT_TRANSLATE_NOOP("Problems", "A totals line: skipped."),
    "duplicate_checkup_in_file": QT_TRANSLATE_NOOP(
        "Problems", "The same person and check-up date are already on row %1."
    ),
    "result_not_a_number": QT_TRANSLATE_NOOP(
        "Problems", "Not a number (write 5.2, 5.2 mmol/L, 5.2↑, 未查 or 弃检)."
    ),
    "result_unit": QT_TRANSLATE_NOOP(
        "Problems",
        "The unit %1 is not the one this item takes (%2): convert the value and import again.",
    ),
    "result_implausible": QT_TRANSLATE_NOOP(
        "Problems", "This value is not plausible: it must be between %1 and %2."
    ),
    "result_not_a_pair": QT_TRANSLATE_NOOP(
        "Problems", "Write blood pressure as systolic/diastolic, e.g. 130/85."
    ),
    "bad_age": QT_TRANSLATE_NOOP("Problems", "The age is not plausible and is not imported."),
}


def field_name(field: str) -> str:
    text = FIELDS.get(field)
    return QCoreApplication.translate(CONTEXT, text) if text else field


def reason(code: str, args: Sequence[str] = ()) -> str:
    """The sentence for a problem code, with its arguments filled in."""
    text = REASONS.get(code)
    if text is None:
        return code
    sentence = QCoreApplication.translate(CONTEXT, text)
    values = list(args)
    if code == "sex_mismatch" and values:
        values[0] = label(values[0])
    if code == "missing_column":
        values = [values[0], "、".join(values[1:])] if values else ["", ""]
    for number, value in enumerate(values, start=1):
        sentence = sentence.replace(f"%{number}", value)
    return sentence
