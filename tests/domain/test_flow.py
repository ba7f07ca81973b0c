"""Wizard routing: every path, and no path QWizard could not follow."""

from __future__ import annotations

import itertools

import pytest

from app.domain.flow import (
    WINDOWS_PRODUCT,
    ActivationMethod,
    PageId,
    Target,
    WizardState,
    blocker,
    help_topic,
    is_commit_page,
    next_step,
    page_title,
    phone_products,
    steps_for,
)

P = PageId
HOST_TAIL = [P.NETWORK, P.DNS, P.HOST_READY]
CLIENTS = [P.CLIENTS_INVENTORY, P.CLIENTS_SCAN, P.CLIENTS_CONVERT, P.SUMMARY]


def state(**fields) -> WizardState:
    base = {"key_group": "server-b"}
    base.update(fields)
    return WizardState(**base)


@pytest.mark.parametrize(
    ("name", "wizard_state", "expected"),
    [
        (
            "this computer, online, no Office",
            state(target=Target.THIS_COMPUTER),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, *HOST_TAIL, *CLIENTS],
        ),
        (
            "lab: no connection page",
            state(target=Target.LAB),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, *HOST_TAIL, *CLIENTS],
        ),
        (
            "remote host: connection page",
            state(target=Target.REMOTE),
            [P.WELCOME, P.CONNECTION, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION,
             *HOST_TAIL, *CLIENTS],
        ),
        (
            "phone activation",
            state(activation_method=ActivationMethod.PHONE),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, P.PHONE_ACTIVATION,
             *HOST_TAIL, *CLIENTS],
        ),
        (
            "with Office online",
            state(office_versions=["office2016"]),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, P.OFFICE,
             *HOST_TAIL, *CLIENTS],
        ),
        (
            "Windows by phone, Office by phone",
            state(
                target=Target.REMOTE,
                activation_method=ActivationMethod.PHONE,
                office_versions=["office2016", "office2021"],
                office_by_phone={"office2021"},
            ),
            [P.WELCOME, P.CONNECTION, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION,
             P.PHONE_ACTIVATION, P.OFFICE, P.OFFICE_PHONE_ACTIVATION, *HOST_TAIL, *CLIENTS],
        ),
        (
            "Office phone already done: no second phone page",
            state(office_versions=["office2016"], office_by_phone={"office2016"},
                  office_done={"office2016"}),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, P.OFFICE,
             *HOST_TAIL, *CLIENTS],
        ),
        (
            "keep the Windows host key, add Office",
            state(key_group=None, office_versions=["office2024"]),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.OFFICE, *HOST_TAIL, *CLIENTS],
        ),
        (
            "keep everything, re-check network and DNS",
            state(key_group=None, host_is_working_kms=True),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, *HOST_TAIL, *CLIENTS],
        ),
        (
            "host only, no clients",
            state(include_clients=False),
            [P.WELCOME, P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.ACTIVATION, *HOST_TAIL,
             P.SUMMARY],
        ),
        (
            "straight to clients from welcome",
            state(target=Target.REMOTE, skip_to_clients=True),
            [P.WELCOME, *CLIENTS],
        ),
        (
            "straight to clients from welcome: the user vouches for the host",
            state(target=Target.REMOTE, skip_to_clients=True, host_is_working_kms=False),
            [P.WELCOME, *CLIENTS],
        ),
    ],
)
def test_paths(name, wizard_state, expected):
    assert steps_for(wizard_state) == expected, name


@pytest.mark.parametrize("target", list(Target))
def test_only_the_clients_leaves_every_host_step_out_and_back_in(target):
    """The Welcome page's "only the clients" choice, whatever machine was chosen before."""
    wizard_state = state(target=target, office_versions=["office2016"], skip_to_clients=True)
    assert steps_for(wizard_state) == [P.WELCOME, *CLIENTS]
    wizard_state.skip_to_clients = False
    path = steps_for(wizard_state)
    assert {P.HOST_CHECK, P.KEY_GROUP, P.HOST_KEY, P.OFFICE, *HOST_TAIL} <= set(path)
    assert path[-len(CLIENTS):] == CLIENTS


def test_jump_to_clients_from_host_check_needs_a_working_host():
    working = state(host_is_working_kms=True, skip_to_clients=True)
    assert next_step(working, P.HOST_CHECK) is P.CLIENTS_INVENTORY
    not_working = state(host_is_working_kms=False, skip_to_clients=True)
    assert next_step(not_working, P.HOST_CHECK) is P.KEY_GROUP
    plain = state(host_is_working_kms=True)
    assert next_step(plain, P.HOST_CHECK) is P.KEY_GROUP


def test_summary_is_final():
    assert next_step(WizardState(), P.SUMMARY) is None


def test_unknown_page_is_refused():
    with pytest.raises(ValueError, match="unknown page"):
        next_step(WizardState(), 999)  # type: ignore[arg-type]


def _all_states():
    office_choices = [[], ["office2016"], ["office2016", "office2021"]]
    for (target, skip, working, group, office, method, clients) in itertools.product(
        Target, (False, True), (False, True), (None, "server-b"), office_choices,
        ActivationMethod, (False, True),
    ):
        subsets = [
            set(c) for r in range(len(office) + 1) for c in itertools.combinations(office, r)
        ]
        for by_phone, done in itertools.product(subsets, subsets):
            yield WizardState(
                target=target,
                skip_to_clients=skip,
                host_is_working_kms=working,
                key_group=group,
                office_versions=list(office),
                activation_method=method,
                office_by_phone=by_phone,
                office_done=done,
                include_clients=clients,
            )
    # Activation via Active Directory instead of a KMS host (Welcome page).
    for target, skip, method, activated in itertools.product(
        Target, (False, True), ActivationMethod, (False, True)
    ):
        yield WizardState(
            target=target, skip_to_clients=skip, adba=True, adba_method=method,
            adba_activated=activated,
        )


def test_every_state_and_page_moves_strictly_forward():
    """The property that makes loops impossible, even if the state changes between pages.

    Page ids grow along every path: whatever the pages decide while the user goes on,
    next_step never returns a page at or before the current one, which QWizard could not
    enter ("already met") and which could loop.
    """
    count = 0
    for wizard_state in _all_states():
        for page in PageId:
            following = next_step(wizard_state, page)
            if page in (P.SUMMARY, P.ADBA_DONE):
                assert following is None
            else:
                assert following is not None and following > page, (wizard_state, page)
        count += 1
    assert count > 1000  # the enumeration really ran


def test_every_state_ends_at_summary_without_repeats_and_every_page_is_reachable():
    seen: set[PageId] = set()
    for wizard_state in _all_states():
        path = steps_for(wizard_state)
        adba = wizard_state.adba and not wizard_state.skip_to_clients
        assert path[0] is P.WELCOME and path[-1] is (P.ADBA_DONE if adba else P.SUMMARY)
        assert (P.ADBA_FOREST in path) is adba
        assert not (adba and P.HOST_CHECK in path)
        assert len(path) == len(set(path))
        assert (P.CONNECTION in path) == (
            wizard_state.target is Target.REMOTE and not wizard_state.skip_to_clients
        )
        seen.update(path)
    assert seen == set(PageId)


def test_phone_products():
    wizard_state = state(office_versions=["office2016", "office2021"],
                         office_by_phone={"office2016", "office2021"}, office_done={"office2016"})
    assert phone_products(wizard_state, P.PHONE_ACTIVATION) == [WINDOWS_PRODUCT]
    assert phone_products(wizard_state, P.OFFICE_PHONE_ACTIVATION) == ["office2021"]
    assert phone_products(wizard_state, P.DNS) == []
    assert wizard_state.office_pending == ["office2021"]


# --- Blockers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "blocked", "unblocked", "fragment"),
    [
        (P.CONNECTION, {}, {"connected": True}, "Test the connection"),
        (P.HOST_CHECK, {}, {"inspected": True}, "host check"),
        (P.HOST_CHECK, {"inspected": True, "preflight_blocked": True},
         {"inspected": True, "preflight_blocked": False}, "blocking"),
        (P.KEY_GROUP, {"key_group": None}, {"key_group": "ws2022"}, "key group"),
        (P.HOST_KEY, {}, {"key_installed": True}, "Install the host key"),
        (P.ACTIVATION, {}, {"activation_method": ActivationMethod.PHONE}, "Activate the host"),
        (P.ACTIVATION, {}, {"host_activated": True}, "Activate the host"),
        (P.PHONE_ACTIVATION, {}, {"host_activated": True}, "Confirmation ID"),
        (P.OFFICE, {"office_versions": ["office2016"]},
         {"office_versions": ["office2016"], "office_done": {"office2016"}}, "Office"),
        (P.OFFICE, {"office_versions": ["office2016"]},
         {"office_versions": ["office2016"], "office_by_phone": {"office2016"}}, "Office"),
        (P.OFFICE_PHONE_ACTIVATION,
         {"office_versions": ["office2016"], "office_by_phone": {"office2016"}},
         {"office_versions": ["office2016"], "office_by_phone": {"office2016"},
          "office_done": {"office2016"}}, "Confirmation ID"),
    ],
)
def test_blockers(page, blocked, unblocked, fragment):
    reason = blocker(state(**blocked), page)
    assert reason is not None and fragment in reason.english()
    assert reason.text.context == "WizardFlow"
    assert blocker(state(**unblocked), page) is None


def test_key_group_may_be_kept_on_a_working_host():
    assert blocker(state(key_group=None, host_is_working_kms=True), P.KEY_GROUP) is None
    assert blocker(state(key_group=None, office_versions=["office2019"]), P.KEY_GROUP) is None


def test_blocked_preflight_does_not_stop_the_jump_to_clients():
    wizard_state = state(inspected=True, preflight_blocked=True, skip_to_clients=True,
                         host_is_working_kms=True)
    assert blocker(wizard_state, P.HOST_CHECK) is None


def test_pages_without_requirements_never_block():
    for page in (P.WELCOME, P.NETWORK, P.DNS, P.HOST_READY, P.CLIENTS_INVENTORY,
                 P.CLIENTS_SCAN, P.CLIENTS_CONVERT, P.SUMMARY):
        assert blocker(WizardState(), page) is None


# --- Titles, commit pages, help ---------------------------------------------------------------


def test_every_page_has_a_distinct_translatable_title():
    titles = [page_title(page) for page in PageId]
    assert {t.context for t in titles} == {"WizardPage"}
    assert len({t.source for t in titles}) == len(PageId)
    assert page_title(P.HOST_CHECK).source == "Host check"


def test_commit_pages():
    assert {p for p in PageId if is_commit_page(p)} == {
        P.HOST_KEY, P.ACTIVATION, P.PHONE_ACTIVATION, P.OFFICE, P.OFFICE_PHONE_ACTIVATION,
        P.NETWORK, P.DNS, P.CLIENTS_CONVERT, P.ADBA_FOREST, P.ADBA_ACTIVATION, P.ADBA_PHONE,
    }


def test_help_topics():
    assert help_topic(P.HOST_CHECK) == "host-check"
    assert help_topic(P.OFFICE_PHONE_ACTIVATION) == help_topic(P.PHONE_ACTIVATION)
    # Office's phone page shares Windows' help; the four ADBA pages share one.
    assert len({help_topic(p) for p in PageId}) == len(PageId) - 1 - 3


def test_default_collections_are_not_shared_between_states():
    first = WizardState()
    first.office_done.add("office2016")
    first.office_versions.append("office2016")
    assert WizardState().office_done == set()
    assert WizardState().office_versions == []


def test_the_adba_path():
    lab = WizardState(target=Target.LAB, adba=True)
    assert steps_for(lab) == [P.WELCOME, P.ADBA_FOREST, P.ADBA_ACTIVATION, P.ADBA_DONE]
    remote = WizardState(target=Target.REMOTE, adba=True, adba_method=ActivationMethod.PHONE)
    assert steps_for(remote) == [
        P.WELCOME, P.CONNECTION, P.ADBA_FOREST, P.ADBA_ACTIVATION, P.ADBA_PHONE, P.ADBA_DONE
    ]
    # Online: Next waits for the activation; by phone, for the Confirmation ID.
    assert blocker(lab, P.ADBA_ACTIVATION) is not None
    assert blocker(remote, P.ADBA_ACTIVATION) is None
    assert blocker(remote, P.ADBA_PHONE) is not None
    remote.adba_activated = True
    assert blocker(remote, P.ADBA_PHONE) is None
    assert is_commit_page(P.ADBA_FOREST) and not is_commit_page(P.ADBA_DONE)
    assert help_topic(P.ADBA_PHONE) == "adba"
