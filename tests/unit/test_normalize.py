from service.pipeline.normalize import normalize_message


def test_relay_wrapper_and_footer_are_removed() -> None:
    body = (
        "------------- Begin message -------------\n\nHi, where is my order?\n\n"
        "------------- End message -------------\n\n"
        "For Your Information: To help arbitrate disputes and preserve trust and safety, we retain all messages"
    )
    assert normalize_message(body) == "Hi, where is my order?"


def test_quoted_history_is_dropped() -> None:
    body = (
        "Thanks, that helps!\n\nOn Tue, Nov 3, 2026 at 9:12 AM Acme Store <seller@marketplace.amazon.com> wrote:\n"
        "> Your order shipped with UPS.\n> A-to-z claim lawyer"
    )
    assert normalize_message(body) == "Thanks, that helps!"


def test_html_is_stripped_and_quotes_folded() -> None:
    body = "<div>Hello&nbsp;there<br>Can I return it?</div><blockquote>old stuff</blockquote><style>p{}</style>"
    assert normalize_message(body) == "Hello there\nCan I return it?"


def test_signature_cut_and_invisible_characters_removed() -> None:
    body = "Can I cancel\u200b my order?\n\nSent from my iPhone"
    assert normalize_message(body) == "Can I cancel my order?"


def test_subject_carries_a_bare_body() -> None:
    assert normalize_message("see subject", subject="Cancel order 114-1234567-1234567") == (
        "Cancel order 114-1234567-1234567\nsee subject"
    )
