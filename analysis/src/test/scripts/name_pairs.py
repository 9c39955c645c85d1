"""Pair recall / false-merge rate of the variant field on mined Kazakh/Russian pairs.

    mvn -q -pl analysis test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
    python3 analysis/src/test/scripts/name_pairs.py [/work/shared/eval/names/kk_ru_pairs.tsv] [--mode text|start|query] [-v]

Run from the repository root. The pairs are capitalised words mined from running text; --mode says
where both words of a pair are analysed: inside a sentence (text, the default), at a sentence start
(start: only words no dictionary knows as common words are names there) or as typed in a query
(query). -v lists the missed pairs and a sample of false merges.
"""
import csv, os, random, subprocess, sys, collections
CP = 'analysis/target/classes:analysis/target/test-classes:' + open('/tmp/cp.txt').read().strip()
MODE = sys.argv[sys.argv.index('--mode') + 1] if '--mode' in sys.argv else 'text'
CMD = ['java', '-cp', CP, 'kz.muragat.analysis.names.VariantLines', MODE]
args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith('-') and sys.argv[i - 1] != '--mode']
PAIRS = args[0] if args else '/work/shared/eval/names/kk_ru_pairs.tsv'
rows = list(csv.DictReader(open(PAIRS, encoding='utf-8'), delimiter='\t'))
words = sorted({r['kazakh_form'] for r in rows} | {r['russian_form'] for r in rows})
out = subprocess.run(CMD, input='\n'.join(words) + '\n', capture_output=True, text=True).stdout.split('\n')
terms = {w: set(out[i].split()) for i, w in enumerate(words)}
def split(ts):
    return {t for t in ts if not t.startswith('~')}, {t for t in ts if t.startswith('~')}
pairs = {(r['kazakh_form'], r['russian_form']) for r in rows}
hit = hs = 0; miss = []
for k, r in sorted(pairs):
    a, b = terms[k], terms[r]
    if a & b: hit += 1
    else: miss.append((k, r, ' '.join(sorted(a)), ' '.join(sorted(b))))
    if split(a)[0] & split(b)[0]: hs += 1
print(f'pairs {len(pairs)}  recall(any term) {hit/len(pairs):.3f}  recall(stem only) {hs/len(pairs):.3f}')
random.seed(7)
ks = sorted({k for k, _ in pairs}); rs = sorted({r for _, r in pairs})
partner = collections.defaultdict(set)
for k, r in pairs: partner[k].add(r)
n = fm = fms = 0; fms_ex = []
# a non-pair: a kazakh form and a russian form that are not paired with it (nor share a pair partner's text)
while n < 20000:
    k = random.choice(ks); r = random.choice(rs)
    if r in partner[k]: continue
    # skip same-lexeme noise: if r is paired with any kazakh form sharing k's first 5 letters
    n += 1
    if terms[k] & terms[r]:
        fm += 1
        if len(fms_ex) < 40: fms_ex.append((k, r, ' '.join(sorted(terms[k] & terms[r]))))
    if split(terms[k])[0] & split(terms[r])[0]: fms += 1
print(f'false-merge on {n} random non-pairs: any term {fm/n:.4f}  stem only {fms/n:.4f}')
if '-v' in sys.argv:
    print('--- misses'); [print('\t'.join(m)) for m in miss]
    print('--- false merges (sample)'); [print('\t'.join(m)) for m in fms_ex]
