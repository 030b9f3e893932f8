"""Amazon buyer-seller messaging policy checker.

`check_text` finds what Amazon does not allow in a reply (outside links,
e-mail addresses, phone numbers, messenger handles, compensation promises,
review manipulation, marketing, off-Amazon contact, emoji, a self-added
"[Important]"); `sanitize_field` makes order data safe to put into a template.
"""

from policies.checker import check_draft, check_text
from policies.model import PolicyResult, Severity, Violation
from policies.sanitize import sanitize_field

__all__ = ["PolicyResult", "Severity", "Violation", "check_draft", "check_text", "sanitize_field"]
