"""Quality checks: the check registry, the check families and the publication gate.

Importing the package registers every check family, in the order `workflow check --list`
shows them (and the checks run): numbers, markup and URLs, glossary, countries,
untranslated text, repetition, length, punctuation, negation, omission. The order of these
imports is the order of `registry.CHECKS`: keep it (tests/quality/test_checks.py holds it).
"""

# isort: off
from workflow.quality import numbers  # noqa: F401  (imported to register its check)
from workflow.quality import units  # noqa: F401
from workflow.quality import markup  # noqa: F401
from workflow.quality import terms  # noqa: F401
from workflow.quality import countries  # noqa: F401
from workflow.quality import names  # noqa: F401
from workflow.quality import untranslated  # noqa: F401
from workflow.quality import repetition  # noqa: F401
from workflow.quality import length  # noqa: F401
from workflow.quality import punctuation  # noqa: F401
from workflow.quality import negation  # noqa: F401
from workflow.quality import omission  # noqa: F401
# isort: on
