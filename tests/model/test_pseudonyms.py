from legato_desk.model.map import Person
from legato_desk.model.pseudonyms import map_labels, person_codes


def _p(pid, name="", role="", index=False):
    return Person(id=pid, case_id=1, uid=f"u{pid}", is_index=index, name=name, role=role)


PERSONS = [_p(7, "Mrs Keller", "teacher"), _p(1, index=True), _p(3, "Ayla", "sister"),
           _p(9, "", "")]


def test_codes_follow_the_order_persons_were_added_and_skip_the_index_client():
    assert person_codes(PERSONS) == {3: "P1", 7: "P2", 9: "P3"}


def test_pseudonymised_labels_never_contain_display_names():
    labels = map_labels(PERSONS, "M.")
    assert labels[1].text == "M."
    assert labels[3].text == "P1 · sister"
    assert labels[7].text == "P2 · teacher"
    assert labels[9].text == "P3"
    assert not any("Keller" in l.text or "Ayla" in l.text for l in labels.values())


def test_names_are_shown_only_when_asked_and_fall_back_to_the_code():
    labels = map_labels(PERSONS, "M.", show_names=True)
    assert labels[7].text == "Mrs Keller · teacher"
    assert labels[9].text == "P3"
    assert labels[1].title == "M."
