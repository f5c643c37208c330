"""E-mail addresses, and their domains, for comparison.

An address is NFKC-folded (full-width ＠ and letters become ASCII), stripped and lower-cased;
"mailto:" and surrounding <> go ("Sales <SALES@ACME.COM>" -> "sales@acme.com"); of a list
("a@x.com; b@y.com") the first address is kept. What is not shaped like ``local@domain.tld`` is
None: no check that the domain exists, only that the address could be one.

A free-mail domain (:data:`FREE_MAIL_DOMAINS`) is shared by millions: two companies that write
"info@163.com" are no more likely one company than any two others, so the engine should not
count such a domain as evidence.
"""

from __future__ import annotations

import re

import pandas as pd

from synchub.matching.normalise.distinct import as_series, distinct_texts, spread
from synchub.matching.normalise.text import prepare_many

FREE_MAIL_DOMAINS: frozenset[str] = frozenset("""
    gmail.com googlemail.com outlook.com outlook.de outlook.fr outlook.jp hotmail.com hotmail.co.uk
    hotmail.de hotmail.fr hotmail.co.jp live.com live.cn live.de live.fr live.co.uk live.jp msn.com
    yahoo.com yahoo.co.uk yahoo.de yahoo.fr yahoo.co.jp yahoo.com.cn yahoo.com.hk yahoo.com.tw ymail.com
    rocketmail.com icloud.com me.com mac.com aol.com aol.de gmx.de gmx.net gmx.com gmx.at gmx.ch gmx.fr
    web.de t-online.de freenet.de posteo.de mail.de arcor.de online.de orange.fr wanadoo.fr free.fr
    laposte.net sfr.fr neuf.fr bbox.fr club-internet.fr btinternet.com sky.com virginmedia.com
    talktalk.net ntlworld.com blueyonder.co.uk comcast.net verizon.net att.net sbcglobal.net
    protonmail.com proton.me zoho.com mail.com yandex.ru yandex.com mail.ru qq.com foxmail.com 163.com
    126.com yeah.net 188.com vip.163.com vip.qq.com sina.com sina.cn sohu.com aliyun.com 139.com 189.cn
    wo.cn 21cn.com tom.com docomo.ne.jp ezweb.ne.jp au.com softbank.ne.jp i.softbank.jp nifty.com
    biglobe.ne.jp ocn.ne.jp so-net.ne.jp excite.co.jp naver.com daum.net hanmail.net nate.com kakao.com
    rediffmail.com uol.com.br bol.com.br terra.com.br wp.pl onet.pl o2.pl interia.pl seznam.cz libero.it
    virgilio.it tiscali.it alice.it bluewin.ch hotmail.it hotmail.es yahoo.es yahoo.it yahoo.com.br
    yahoo.co.in yahoo.com.tw yahoo.com.sg hinet.net pchome.com.tw netvigator.com singnet.com.sg bigpond.com
    optusnet.com.au shaw.ca rogers.com sympatico.ca telus.net
""".split())
"""Domains of free e-mail providers (Google, Microsoft, Yahoo, Apple; GMX, WEB.DE, T-Online;
Orange, Free, La Poste; QQ, NetEase 163/126, Sina, Aliyun; the Japanese carriers; Naver, Daum;
Rediffmail; UOL, Terra; WP, Onet; Seznam; Libero; HiNet; BigPond; Rogers ...)."""

# local@domain.tld: no space, no second @; a domain of labels that neither start nor end with
# "-"; a top-level domain of letters (an IDN one included: 中国), at least two of them.
_EMAIL = re.compile(r"[^\s\x00-\x1f@<>(),;:\"\[\]\\]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
_LIST = re.compile(r"[;,\s]+")
_SPECIAL = re.compile(r"[<:;,\s]")
# On addresses joined, each opened by "\x02" (a literal first: the regex jumps from one to the
# next): an address is blanked unless it is one: no leading dot, no "..", the shape of _EMAIL.
_NOT_AN_ADDRESS = re.compile(f"\x02(?!(?!\\.)(?![^\x02]*\\.\\.)(?:{_EMAIL.pattern})(?=\x02|\\Z))[^\x02]*")


def _cleaned(text: str) -> str:
    """The address in one prepared, lower-case value: inside <...>, without mailto:, the first
    of a list."""
    if "<" in text:
        inside = text[text.index("<") + 1:]
        text = inside[:inside.index(">")] if ">" in inside else inside
    text = text.strip().removeprefix("mailto:").strip()
    return _LIST.split(text, maxsplit=1)[0] if _LIST.search(text) else text


def normalised_emails(texts: list[str | None]) -> list[str | None]:
    """:func:`email` of each value of a list."""
    prepared = prepare_many(texts)  # NFKC (full-width ＠), casefold: what is not ASCII
    # one line per value (a control character in a value is no part of an address)
    lines = "\n".join(t or "" for t in prepared).lower().replace("\x02", "").split("\n")
    # the few that need more than lower case and the shape check: <...>, mailto:, a list, spaces
    for i in [i for i, line in enumerate(lines) if _SPECIAL.search(line)]:
        lines[i] = _cleaned(lines[i])
    # one regex over all lines: a line that is no address becomes empty
    checked = _NOT_AN_ADDRESS.sub("\x02", "\x02" + "\x02".join(lines)).split("\x02")[1:]
    return [a or None if t is not None else None for a, t in zip(checked, prepared)]


def email(value: str | None) -> str | None:
    """One e-mail address for comparison, or None where it is not shaped like one.

    >>> email(" Sales <SALES@ＡＣＭＥ.com> "), email("mailto:info@acme.de"), email("n/a")
    ('sales@acme.com', 'info@acme.de', None)
    """
    return normalised_emails([value if isinstance(value, str) else None])[0]


def emails(values: pd.Series) -> pd.Series:
    """Each e-mail address for comparison (see the module doc); None where there is none or it is
    not shaped like one. Same index as ``values``."""
    series = as_series(values)
    codes, texts = distinct_texts(series)
    return pd.Series(spread(codes, normalised_emails(texts)), index=series.index, dtype=object)


def email_domains(emails: pd.Series) -> pd.Series:
    """The domain of each address that :func:`emails` made ("acme.com"); None where there is no
    address. Check it against :data:`FREE_MAIL_DOMAINS` before taking it as evidence."""
    series = as_series(emails)
    domains = [v[v.rfind("@") + 1:] or None if type(v) is str and "@" in v else None
               for v in series.to_numpy(dtype=object).tolist()]
    return pd.Series(domains, index=series.index, dtype=object)
