"""Event arguments over the whole pipeline: who acts on whom, and their countries."""

from __future__ import annotations

from wirelens.analyze import analyze
from wirelens.export.cameo import cameo_records
from wirelens.extract.event_arguments import arguments_of, territory_of
from wirelens.ingest.articles import make_article
from wirelens.model import Analysis, Event
from wirelens.settings import Settings


def _analysis(nlp, text: str) -> Analysis:
    return analyze(make_article(text, source="test", settings=Settings()), nlp)


def _event(nlp, text: str, event_type: str | None = None) -> Event:
    return next(e for e in _analysis(nlp, text).events if event_type is None or e.type == event_type)


def test_the_recipient_is_who_a_thing_is_given_to(nlp):
    assert _event(nlp, "Japan granted asylum to twelve Burmese activists.").recipient_country == ["MMR"]


def test_a_date_is_no_recipient(nlp):
    assert _event(nlp, "Greece called for sanctions against Turkey on Monday.").recipient_country == ["TUR"]


def test_the_governed_act_names_the_recipient_when_it_names_someone(nlp):
    assert _event(nlp, "Iran threatened to cut relations with Egypt.").recipient_country == ["EGY"]
    assert _event(nlp, "The Danish government agreed to build a new school.").recipient == []


def test_an_indirect_object_of_the_verb_carrying_a_noun_is_its_recipient(nlp):
    assert _event(nlp, "Norway will give Kenya a grant of ten million dollars.", "AID").recipient_country == ["KEN"]


def test_a_protest_without_target_is_aimed_at_the_government_where_it_happens(nlp):
    assert _event(nlp, "Thousands of students demonstrated in Santiago on Friday.").recipient_country == ["CHL"]
    assert _event(nlp, "Angry Kenyan farmers staged a protest.").recipient_country == ["KEN"]


def test_a_documents_participle_is_its_issuers_act(nlp):
    event = _event(nlp, "Pakistani lawyers issued a statement demanding the release of the judges.")
    assert event.actor_country == ["PAK"]


def test_a_people_named_by_where_they_live_belong_there(nlp):
    assert _event(nlp, "Bosnian Croats demanded new elections.").actor_country == ["BIH"]


def test_an_unnamed_actor_acts_for_the_country_where_it_acts(nlp):
    assert _event(nlp, "Gunmen attacked a bus in Kabul.").actor_country == ["AFG"]


def test_a_joined_verb_with_its_own_agent_is_another_act(nlp):
    codes = [e.cameo for e in _analysis(nlp, "The activists were arrested in May and released by the army in June.").events]
    assert len(codes) == 2 and codes[0].startswith("17") and codes[1].startswith("08")


def test_what_one_receives_from_another_is_the_givers_act(nlp):
    event = _event(nlp, "Kenya received military aid from Japan.")
    assert (event.type, event.actor_country, event.recipient_country) == ("AID", ["JPN"], ["KEN"])


def test_an_armed_group_is_a_party_and_reported_news_stays_the_act(nlp):
    analysis = _analysis(nlp, "Government forces shelled the town of Homs, state media reported.")
    forces = next(a for a in analysis.actors if a.name == "Government forces")
    assert (forces.kind, forces.sector) == ("unnamed", "MIL")
    [event] = analysis.events
    assert event.actor == [forces.id]
    assert [r.root for r in cameo_records(analysis.events, analysis.statements, analysis.actors)] == ["19"]


def test_two_unnamed_sides_of_one_country_are_two_parties(nlp):
    analysis = _analysis(nlp, "Georgian students received assurances from the Georgian government.")
    [record] = cameo_records(analysis.events, analysis.statements, analysis.actors)
    assert (record.root, record.source.country, record.target.country) == ("03", "GEO", "GEO")


def test_receiving_someone_is_hosting_and_receiving_arms_is_the_givers_aid(nlp):
    hosted = _event(nlp, "The Omani sultan received the Iranian foreign minister in Muscat.")
    assert (hosted.cameo, hosted.actor_country, hosted.recipient_country) == ("043", ["OMN"], ["IRN"])
    armed = _event(nlp, "Kurdish fighters received weapons from Germany.")
    assert (armed.cameo, armed.actor_country) == ("072", ["DEU"])
    # A thing received that is no act is no event.
    assert _analysis(nlp, "The embassy received a letter from the ministry.").events == []


def test_a_name_the_parser_hung_on_a_date_is_still_the_recipient(nlp):
    event = _event(nlp, "Lavrov met Syrian President Bashar Assad Tuesday in Damascus.")
    assert event.recipient_country == ["SYR"]
    event = _event(nlp, "The envoy met with Iranian President Hassan Rouhani Monday.")
    assert event.recipient_country == ["IRN"]


def test_pressure_is_a_demand_by_whom_it_comes_from(nlp):
    pressed = _event(nlp, "The police have been pressuring the strikers to end the walkout.")
    assert (pressed.type, pressed.cameo) == ("REQUEST", "100")
    faced = _event(nlp, "The Jordanian government faces pressure from Egypt.", "REQUEST")
    assert (faced.actor_country, faced.recipient_country) == (["EGY"], ["JOR"])
    undergone = _event(nlp, "Jordan's king stepped down under pressure from Egypt.", "REQUEST")
    assert (undergone.actor_country, undergone.recipient_country) == (["EGY"], ["JOR"])


def test_an_act_noun_in_a_joined_clause_has_the_clauses_subject(nlp):
    analysis = _analysis(nlp, "The army entered the town and took part in the killing.")
    [event] = analysis.events
    actors = {a.id: a.name for a in analysis.actors}
    assert (event.type, event.trigger.text, [actors[i] for i in event.actor]) == ("ASSAULT", "killing", ["The army"])


def test_an_allegation_accuses_whom_it_is_about(nlp):
    event = _event(nlp, "A report released in Kigali alleged that Belgium had armed the militias.", "ACCUSE")
    assert (event.cameo, event.actor_country, event.recipient_country) == ("112", ["RWA"], ["BEL"])


def _recipient_heads(nlp, text: str, trigger: str) -> list[str]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return [t.text for t in arguments_of(token).recipient]


def test_the_pobj_of_a_dative_to_is_the_recipient(nlp):
    event = _event(nlp, "Ecuador has granted political asylum to Julian Assange.")
    assert event.recipient and _recipient_heads(nlp, "Ecuador has granted political asylum to Julian Assange.", "granted") == ["Assange"]


def test_an_act_on_a_thing_is_aimed_at_the_party_the_thing_concerns(nlp):
    assert _recipient_heads(nlp, "Myanmar has established diplomatic ties with Seychelles.", "established") == ["Seychelles"]
    assert _recipient_heads(nlp, "Putin hailed the Chinese legislature's decision.", "hailed") == ["legislature"]
    assert _recipient_heads(nlp, "Morocco destroyed the bridge.", "destroyed") == ["bridge"]


def test_a_participles_phrase_names_whom_a_thing_concerns(nlp):
    assert _event(nlp, "The Security Council lifted sanctions imposed on Eritrea.").recipient_country == ["ERI"]
    assert _event(nlp, "The ministers condemned the threats made by the Iranian government.").recipient_country == ["IRN"]


def test_a_role_adjective_does_not_make_a_thing_a_party(nlp):
    text = "Norway immediately suspended military aid and arms deals with Pakistan."
    assert _recipient_heads(nlp, text, "suspended") == ["Pakistan"]
    assert _recipient_heads(nlp, "The government rejected demands from the rebel group.", "rejected") == ["group"]


def test_a_thing_named_by_its_own_phrase_beats_a_deeper_one(nlp):
    text = "Obama will attend a summit in Geneva on the unrest in Iran."
    assert _recipient_heads(nlp, text, "attend") == ["summit"]


def test_moving_forces_is_aimed_at_where_they_go_or_leave(nlp):
    assert _recipient_heads(nlp, "Canada is willing to withdraw its troops from Afghanistan.", "withdraw") == ["Afghanistan"]
    assert _recipient_heads(nlp, "Ghana announced the deployment of 300 soldiers to Mali.", "deployment") == ["Mali"]
    # Forces that go nowhere are what the act is aimed at.
    assert _recipient_heads(nlp, "The rebels attacked government troops.", "attacked") == ["troops"]


def test_an_unnamed_coercer_is_the_state_where_it_coerces(nlp):
    assert _event(nlp, "Two journalists were arrested in Egypt on Monday.", "COERCE").actor_country == ["EGY"]


def test_a_by_phrase_hung_on_the_verb_names_who_made_the_thing_rejected(nlp):
    doc = nlp("Oman denied charges by the European Commission that it aided smugglers.")
    assert [t.text for t in arguments_of(doc[1]).recipient] == ["Commission"]


def test_a_voiced_feeling_is_aimed_at_whom_it_is_about_never_at_itself(nlp):
    doc = nlp("The Ghanaian president expressed concern for President Buhari's health.")
    assert [t.text for t in arguments_of(doc[3]).recipient] == ["Buhari"]
    doc = nlp("The envoy expressed his concern about the weather.")
    assert arguments_of(doc[2]).recipient == []


def test_an_act_on_a_territory_is_aimed_at_where_it_holds(nlp):
    assert _event(nlp, "The rebel leader declared a unilateral ceasefire on Monday in Mali.").recipient_country == ["MLI"]
    assert _event(nlp, "Kenyan troops take part in peacekeeping operations in Somalia.").recipient_country == ["SOM"]
    assert territory_of(nlp("The truce in Syria is a show-piece.")[1]) == []
