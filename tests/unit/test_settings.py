"""Settings: one frozen object, every field with a default and a help line."""

from __future__ import annotations

import dataclasses

import pytest

from wirelens.settings import Settings, describe_settings


def test_every_setting_is_documented():
    helps = describe_settings()
    assert set(helps) == {f.name for f in dataclasses.fields(Settings)}
    assert all(len(text) > 10 for text in helps.values())


def test_settings_are_frozen_and_hashable():
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.workers = 2  # type: ignore[misc]
    assert hash(settings) == hash(Settings())
