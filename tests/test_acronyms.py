from docsearch.acronyms import Glossary, defined

from conftest import corpus


def test_definitions_in_the_forms_papers_print():
    text = ("The Special Educational Needs and Disabilities (SEND) service issued Education, Health and "
            "Care Plans (EHCPs). The Office for National Statistics (ONS) and Research and Development "
            "(R&D).\n\nCAMHS (Child and Adolescent Mental Health Services) saw more referrals.\n\n"
            "Glossary\nEHE Elective Home Education\nGVA Gross Value Added\n")
    assert defined(text) == {
        "SEND": "Special Educational Needs and Disabilities", "EHCP": "Education Health and Care Plans",
        "ONS": "Office for National Statistics", "R&D": "Research and Development",
        "CAMHS": "Child and Adolescent Mental Health Services", "EHE": "Elective Home Education",
        "GVA": "Gross Value Added"}


def test_brackets_that_are_not_definitions():
    text = ("See Appendix B (AB) and the table (Table 3). In 2019 (the Council) agreed. Kent and Medway (KM) "
            "Fire (KMFRS). The Plan (PLAN) was noted (NB).\n\nVCSE Sector Voluntary, Community and Social "
            "Enterprise Sector\n")
    # A letter is a label, not a word of a name; initials must be spelt by the words
    # just before the bracket; a glossary row must be spelt whole.
    assert defined(text) == {"KM": "Kent and Medway"}


def test_the_first_definition_wins():
    assert defined("Adult Social Care (ASC). Autism Spectrum Conditions (ASC).") == {"ASC": "Adult Social Care"}


def test_a_spelt_out_name_is_found_by_its_initials():
    g = Glossary({"DSG": "Dedicated Schools Grant", "EHCP": "Education Health and Care Plans"})
    assert g.also_known_as("the deficit on the Dedicated Schools' Grant high needs block") == ["DSG"]
    assert g.also_known_as("issued an Education, Health & Care Plan within 20 weeks") == ["EHCP"]
    # Printed with its initials already, or not spelt out at all: nothing to add.
    assert g.also_known_as("the Dedicated Schools Grant (DSG) deficit") == []
    assert g.also_known_as("the DSG deficit; grant schools dedicated") == []
    assert Glossary({}).also_known_as("anything") == []
    # Word for word by stem: not other words that start the same way.
    g = Glossary({"CiC": "Children in Care", "PH": "Public Health", "ASC": "Adult Social Care"})
    for text in ("young children and carers", "at a public hearing", "adult social carers"):
        assert g.also_known_as(text) == [], text
    assert g.also_known_as("support for children in care and Public Health England") == ["CiC", "PH"]


def test_a_real_glossary_and_definitions():
    from docsearch.paper import read_paper

    # The Strategic Plan opens with a glossary table; the Kent report defines in brackets.
    plan = read_paper(corpus("leics-strategic-plan-2022-26.txt"), with_sentences=False).acronyms
    assert plan["SEND"] == "Special Educational Needs and Disability"
    assert plan["GVA"] == "Gross Value Added"
    report = read_paper(corpus("kent-cabinet-report-24-00096-2025-01-30.pdf"), with_sentences=False).acronyms
    assert report and all(len(k) >= 2 for k in report)
