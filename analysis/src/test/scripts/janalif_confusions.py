"""Which plain Latin letters Tesseract's `uzb` model writes for each Jaŋalif letter: the source of
the confusion table of `translit.JanalifOcrReading` (analysis/README.md, Jaŋalif section).

    python3 analysis/src/test/scripts/janalif_confusions.py texts /tmp/jancal/texts [--seed 7] [--n 40]
    bin/muragat generate /tmp/jancal/texts /tmp/jancal/scans --script janalif \\
        --formats png,jpeg,tiff,pdf-image --degradation mix --seed 1931
    bin/muragat index /tmp/jancal/scans --data /tmp/jancal/data
    python3 analysis/src/test/scripts/janalif_confusions.py count /tmp/jancal/scans /tmp/jancal/data

Run from the repository root. `texts` writes pages of Kazakh words drawn from hunspell-kk's word list
(no evaluation text), a third of them with a harmonic case or possessive ending, so the endings'
letters are seen too. `count` pairs each page's printed words (the generator's ground truth) with the
words the indexer stored (after its clean-up, which is what the analysis reads), aligns the letters of
each pair of similar words and prints, per Jaŋalif letter, what the stored text has in its place and
how often (`-` nothing), with -log10 of the share: the cost the reading search gives each reading.
"""
import difflib, glob, json, math, os, random, sys, collections, unicodedata

LEXICON = '/usr/share/hunspell/kk_KZ.dic'
BACK = 'аоұы'
FRONT = 'әеіөү'
ENDINGS = {  # back, front
    'gen': ('ның', 'нің'), 'dat': ('ға', 'ге'), 'loc': ('да', 'де'), 'acc': ('ны', 'ні'),
    'pl': ('лар', 'лер'), 'poss3': ('сы', 'сі'), 'abl': ('дан', 'ден'), 'ins': ('мен', 'мен'),
}


def texts(out, seed, n):
    words = []
    for line in open(LEXICON, encoding='utf-8'):
        w = line.strip().lstrip('\ufeff').split('/')[0]
        if len(w) >= 3 and w.isalpha() and not w.isdigit():
            words.append(w)
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for t in range(n):
        lines = []
        for _ in range(9):
            ws = []
            for _ in range(rnd.randint(6, 9)):
                w = rnd.choice(words)
                if rnd.random() < 1 / 3 and w[-1] in BACK + FRONT + 'нрлйумз':
                    front = any(c in FRONT for c in w) and not any(c in BACK for c in w)
                    w += ENDINGS[rnd.choice(sorted(ENDINGS))][1 if front else 0]
                ws.append(w)
            ws[0] = ws[0][0].upper() + ws[0][1:]
            lines.append(' '.join(ws) + '.')
        with open(os.path.join(out, f'cal{t:03d}_kk.txt'), 'w', encoding='utf-8') as f:
            f.write(' '.join(lines) + '\n')


def stored(data):
    pages = {}
    for line in open(os.path.join(data, 'catalog.jsonl'), encoding='utf-8'):
        c = json.loads(line)
        rec = os.path.join(data, 'store', c['sha256'][:2], c['sha256'], 'record.json')
        if os.path.exists(rec):
            r = json.load(open(rec, encoding='utf-8'))
            pages[os.path.splitext(c['id'])[0]] = [w['t'] for p in r['pages'] for w in p.get('words', [])]
    return pages


def word(w):
    return ''.join(c for c in unicodedata.normalize('NFC', w) if c.isalpha()).lower()


def align(a, b):
    """Letter pairs (truth letter, what was read: '', one letter or more) of a Levenshtein alignment."""
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1): d[i][0] = i
    for j in range(m + 1): d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    pairs = []
    i, j = n, m
    extra = ''
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            pairs.append((a[i - 1], b[j - 1] + extra)); extra = ''; i -= 1; j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            pairs.append((a[i - 1], extra)); extra = ''; i -= 1
        else:
            extra = b[j - 1] + extra; j -= 1  # an inserted letter goes with the truth letter before it
    if extra and pairs:
        t, r = pairs[-1]; pairs[-1] = (t, extra + r)
    return pairs[::-1]


def count(scans, data):
    read = stored(data)
    seen = collections.defaultdict(collections.Counter)
    first = collections.defaultdict(collections.Counter)  # the same for a word's first letter
    words = 0
    for tf in sorted(glob.glob(os.path.join(scans, '.truth', '*.json'))):
        t = json.load(open(tf, encoding='utf-8'))
        if t['name'] not in read:
            continue
        truth = [word(w['text']) for p in t['pages'] for w in p['words']]
        got = [word(w) for w in read[t['name']]]
        truth = [w for w in truth if w]
        got = [w for w in got if w]
        sm = difflib.SequenceMatcher(None, truth, got, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == 'equal':
                ps = [(x, x) for i in range(i1, i2) for x in truth[i]]
                words += i2 - i1
            elif op == 'replace' and i2 - i1 == j2 - j1:
                ps = []
                for a, b in zip(truth[i1:i2], got[j1:j2]):
                    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.5:
                        ps += align(a, b); words += 1
            else:
                continue
            for k, (x, y) in enumerate(ps):
                seen[x][y] += 1
            for a in (truth[i1:i2] if op == 'equal' else []):
                first[a[0]][a[0]] += 1
            if op == 'replace' and i2 - i1 == j2 - j1:
                for a, b in zip(truth[i1:i2], got[j1:j2]):
                    if difflib.SequenceMatcher(None, a, b).ratio() >= 0.5:
                        x, y = align(a, b)[0]
                        first[x][y] += 1
    print(f'# {words} word pairs. Printed letter: total, what was read in its place, count (share)')
    for x in sorted(seen, key=lambda c: -sum(seen[c].values())):
        total = sum(seen[x].values())
        cells = [f'{y or "-"} {k} ({k / total:.2f})' for y, k in seen[x].most_common() if k / total >= 0.01]
        print(f'{x}\t{total}\t' + ', '.join(cells))
    # the other way round, what the reading search needs: a letter read, and what was printed there
    for name, table in (('anywhere', seen), ('as a word\'s first letter', first)):
        back = collections.defaultdict(collections.Counter)
        for x in table:
            for y, k in table[x].items():
                if len(y) == 1:
                    back[y][x] += k
        print(f'# Read letter ({name}): total, what was printed there, count (cost = -log10 share; left out: seen under 5 times,'
              ' or under 1% both of what was printed there and of what the printed letter was read as)')
        for y in sorted(back, key=lambda c: -sum(back[c].values())):
            total = sum(back[y].values())
            cells = [f'{x} {k} ({-math.log10(k / total):.1f})' for x, k in back[y].most_common()
                     if k >= 5 and (k / total >= 0.01 or k / sum(table[x].values()) >= 0.01)]
            if len(cells) > 1:
                print(f'{y}\t{total}\t' + ', '.join(cells))


if __name__ == '__main__':
    cmd = sys.argv[1]
    args = [a for i, a in enumerate(sys.argv[2:], 2) if not a.startswith('--') and not sys.argv[i - 1].startswith('--')]
    opt = lambda k, d: int(sys.argv[sys.argv.index(k) + 1]) if k in sys.argv else d
    if cmd == 'texts':
        texts(args[0], opt('--seed', 7), opt('--n', 40))
    else:
        count(args[0], args[1])
