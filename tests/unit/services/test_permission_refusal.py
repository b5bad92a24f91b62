"""A refused action is said in words, in the language the person reads: who, in which role,
and what was refused — never the action's code."""

from __future__ import annotations

import re

import pytest

from app.catalogue import Language, word
from app.catalogue.codes import Role
from app.catalogue.county import CountyAction, CountyRole
from app.db.migrate import Database
from app.domain.county_roles import may
from app.domain.permissions import PERMISSIONS, Action
from app.services import usage_log
from app.services.actor import Actor, PermissionDenied
from app.services.county_accounts import CountyPermissionDenied, CountyReviewer

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("action", list(Action))
def test_every_refusal_is_worded_in_both_languages(action: Action) -> None:
    role = next((r for r in Role if r not in PERMISSIONS[action]), Role.TECH)
    refused = PermissionDenied(Actor("wang", role), action)
    zh, en = refused.said(Language.ZH), refused.said(Language.EN)
    assert str(refused) == zh  # the default language
    assert zh.startswith("用户 wang（") and word(action, Language.ZH) in zh
    assert word(role, Language.ZH) in zh and CJK.search(word(action, Language.ZH))
    assert en == f"wang ({word(role, Language.EN)}) may not {word(action, Language.EN)}."
    assert not CJK.search(en)
    assert action.value not in zh  # English may say "backup" or "restore" as words
    if "_" in action.value:
        assert action.value not in en


def test_a_service_refuses_in_words(demo_db: Database) -> None:
    technician = Actor("tech", Role.TECH)
    with pytest.raises(PermissionDenied) as refused:
        usage_log.count_visits(demo_db, technician, usage_log.VisitFilter())
    assert str(refused.value) == "用户 tech（技术员）无权查看健康数据。"
    assert refused.value.said(Language.EN) == "tech (Technician) may not read health data."


@pytest.mark.parametrize("action", list(CountyAction))
def test_every_county_refusal_is_worded_in_both_languages(action: CountyAction) -> None:
    role = next((r for r in CountyRole if not may(r, action)), CountyRole.REVIEWER)
    reviewer = CountyReviewer("li", "李审核", role)
    with pytest.raises(CountyPermissionDenied) as refused:
        if may(role, action):  # every role may: the words are checked all the same
            raise CountyPermissionDenied(action, reviewer.username, role)
        reviewer.require(action)
    zh, en = refused.value.said(Language.ZH), refused.value.said(Language.EN)
    assert (
        str(refused.value)
        == zh
        == f"用户 li（{word(role, Language.ZH)}）无权{word(action, Language.ZH)}。"
    )
    assert en == f"li ({word(role, Language.EN)}) may not {word(action, Language.EN)}."
    assert not CJK.search(en) and CJK.search(word(action, Language.ZH))
    if "_" in action.value:
        assert action.value not in zh + en
