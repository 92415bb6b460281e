"""Records and the JSON Schema generated from them."""

from __future__ import annotations

import jsonschema
import pytest
from pydantic import ValidationError
from samples import seed_analysis

from wirelens.model import SCHEMA_VERSION, Analysis, Relation, json_schema


def test_published_form_uses_schema_and_from_keys():
    data = seed_analysis().model_dump(by_alias=True, mode="json")
    assert data["schema"] == SCHEMA_VERSION == "wirelens/1"
    assert {"type": "denies", "from": "s2", "to": "s1"} in data["relations"]


def test_an_analysis_validates_against_the_generated_schema():
    data = seed_analysis().model_dump(by_alias=True, mode="json")
    jsonschema.validate(data, json_schema())


def test_the_schema_rejects_what_the_records_reject():
    data = seed_analysis().model_dump(by_alias=True, mode="json")
    data["statements"][0]["act"] = "gossip"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
    with pytest.raises(ValidationError):
        Analysis.model_validate(data)


def test_unknown_fields_are_errors():
    with pytest.raises(ValidationError):
        Relation.model_validate({"type": "denies", "from": "s1", "to": "s2", "weight": 1})


def test_json_round_trip_is_lossless():
    analysis = seed_analysis()
    assert Analysis.model_validate_json(analysis.to_json()) == analysis
