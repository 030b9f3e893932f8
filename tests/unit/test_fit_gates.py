"""fit chooses thresholds over the messages the service's decide() would answer alone: the same gates."""

import numpy as np

from training.corpus import make_row
from training.fit import decided_alone

LABELS = ["order_status", "other", "return_request", "thanks"]


def test_thresholds_count_only_messages_every_other_gate_lets_through() -> None:
    texts = [
        ("where is my order?", "order_status", "normal", 1.0, 0.9),  # answerable
        ("where is my order? I need it by Friday the 14th for the race", "order_status", "normal", 1.0, 0.9),
        ("where is my order?", "order_status", "high", 1.0, 0.9),  # the urgency head says high
        ("where is my order?", "order_status", "normal", 0.2, 0.9),  # out of scope
        ("where is my order?", "order_status", "normal", 1.0, 0.1),  # unlike any order_status message
        ("I want to return it, the screen is cracked", "return_request", "normal", 1.0, 0.9),
        ("thanks, all good!", "thanks", "normal", 1.0, 0.9),  # closes without a reply
        ("what's the weather", "other", "normal", 1.0, 0.9),
    ]
    rows = [make_row({"text": t, "intent": intent}) for t, intent, *_ in texts]
    proba = np.zeros((len(rows), len(LABELS)))
    for i, (_, intent, *_rest) in enumerate(texts):
        proba[i, LABELS.index(intent)] = 1.0
    support = np.zeros((len(rows), len(LABELS)))
    support[np.arange(len(rows)), proba.argmax(axis=1)] = [s for *_, s in texts]
    alone = decided_alone(
        rows, LABELS, proba, head_levels=[level for _, _, level, _, _ in texts],
        nearest=np.array([n for _, _, _, n, _ in texts]), ood_bar=0.5, support=support,
        support_bars={"order_status": 0.5, "thanks": 0.5},
    )
    assert alone.tolist() == [True, False, False, False, False, False, True, False]


def test_wilson_interval_matches_the_textbook_values_and_narrows_with_more_data() -> None:
    from training.evaluate import wilson_interval

    assert wilson_interval(0, 0) is None
    assert wilson_interval(0, 10) == [0.0, 0.2775]
    assert wilson_interval(10, 10) == [0.7225, 1.0]
    small, large = wilson_interval(99, 100), wilson_interval(990, 1000)
    assert small is not None and large is not None
    assert small[0] < large[0] < 0.99 < large[1] < small[1]
