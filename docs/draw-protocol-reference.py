#!/usr/bin/env python3
# An outsider's re-implementation of docs/draw-protocol.md (weijian-draw/1), written from the document's text only,
# to show the specification is complete. It recomputes a published JSON record and prints whether each part matches.
# usage: python3 docs/draw-protocol-reference.py RECORD.json [-v]   (-v prints every officer pick and all tickets)
# Not run by CI; the C# tests check the same vectors.
import hashlib, json, sys, unicodedata, uuid
verbose = '-v' in sys.argv
H = lambda b: hashlib.sha256(b).digest()
u32 = lambda n: n.to_bytes(4, 'big')
def s(x):
    assert unicodedata.is_normalized('NFC', x)
    b = x.encode('utf-8'); return u32(len(b)) + b
g = lambda x: uuid.UUID(x).bytes
date = lambda d: s(d)
optdate = lambda d: b'\x00' if d is None else b'\x01' + date(d)
V = 'weijian-draw/1'
r = json.load(open(sys.argv[1])); inp = r['input']; out = {}
cands = sorted(inp['candidates'], key=lambda c: g(c['entityId']))
ch = H(s(V+' candidates') + u32(len(cands)) + b''.join(g(c['entityId']) + s(c['stratum']) for c in cands))
offs = sorted(inp['officers'], key=lambda o: g(o['officerId']))
ob = s(V+' officers') + u32(len(offs))
for o in offs:
    sp = sorted(o['specialties'], key=lambda x: x.encode())
    cf = sorted(o['conflictedEntityIds'], key=g)
    ob += g(o['officerId']) + optdate(o['credentialValidFrom']) + optdate(o['credentialValidUntil']) + (b'\x01' if o['statusValid'] else b'\x00') \
        + u32(len(sp)) + b''.join(s(x) for x in sp) + u32(len(cf)) + b''.join(g(x) for x in cf) + u32(o['existingWorkload'])
oh = H(ob)
t = inp['task']
cb = s(V+' commitment') + g(t['taskId']) + u32(t['round']) + s(t['title']) + date(t['plannedDate']) + u32(inp['workloadCap']) + u32(inp['minOfficers'])
cb += u32(len(inp['strata'])) + b''.join(s(x['label']) + s(x['specialty']) + u32(x['quota']) for x in inp['strata'])
ex = sorted(inp['exclusions'], key=lambda e: g(e['entityId']))
cb += u32(len(ex)) + b''.join(g(e['entityId']) + s(e['reason']) for e in ex) + ch + oh
cb += u32(len(inp['seedInputNames'])) + b''.join(s(n) for n in inp['seedInputNames'])
cm = H(cb)
print('candidatesHash', ch.hex(), ch.hex() == r['commitment']['candidatesHash'])
print('officersHash', oh.hex(), oh.hex() == r['commitment']['officersHash'])
print('commitmentHash', cm.hex(), cm.hex() == r['commitment']['commitmentHash'])
names = [x['name'] for x in r['seedInputs']]; assert names == inp['seedInputNames']
seed = H(s(V+' seed') + cm + u32(len(names)) + b''.join(s(x['name']) + s(x['value']) for x in r['seedInputs']))
print('seed', seed.hex(), seed.hex() == r['seed'])
excluded = {e['entityId'] for e in inp['exclusions']}
D = t['plannedDate']; cap = inp['workloadCap']; mn = inp['minOfficers']
assigned = {o['officerId']: 0 for o in offs}
skips = []; under = []; sels = []
def reason(o, target):
    if o['credentialValidFrom'] is None or o['credentialValidUntil'] is None: return 'credential-missing'
    if D > o['credentialValidUntil']: return 'credential-expired'
    if D < o['credentialValidFrom']: return 'not-yet-valid'
    if not o['statusValid']: return 'status'
    if target in o['conflictedEntityIds']: return 'conflict'
    if o['existingWorkload'] + assigned[o['officerId']] >= cap: return 'workload-cap'
    return None
tickets_all = []
for st in inp['strata']:
    pool = [c['entityId'] for c in inp['candidates'] if c['stratum'] == st['label'] and c['entityId'] not in excluded]
    tk = sorted(((H(seed + s(st['label']) + g(e)), g(e), e) for e in pool))
    for i, x in enumerate(tk): tickets_all.append((st['label'], x[2], x[0].hex(), i + 1 <= st['quota']))
    chosen = tk[:st['quota']]
    L = [o for o in offs if st['specialty'] in o['specialties']]
    sel = []
    for rank, (tick, _, e) in enumerate(chosen, 1):
        if len(L) < mn:
            under.append((st['label'], e, 'specialty', 0)); sel.append((rank, e, tick.hex(), [])); continue
        P = 8 * mn
        pick = lambda c: int.from_bytes(H(seed + s('officer') + g(e) + u32(c))[:8], 'big') % len(L)
        acc = []; cons = []
        for c in range(P):
            if len(acc) >= mn: break
            i = pick(c)
            if verbose: print(f'  pick {st["label"]} {e[-2:]} c={c} -> index {i} officer {L[i]["officerId"][-2:]}')
            if i in cons: continue
            cons.append(i); why = reason(L[i], e)
            if why: skips.append((e, L[i]['officerId'], why))
            else: acc.append(i)
        if len(acc) < mn:
            start = pick(P)
            if verbose: print(f'  phase 2 {e[-2:]} start {start}')
            for j in range(len(L)):
                if len(acc) >= mn: break
                i = (start + j) % len(L)
                if i in cons: continue
                why = reason(L[i], e)
                if why: skips.append((e, L[i]['officerId'], why))
                else: acc.append(i)
        if len(acc) < mn:
            under.append((st['label'], e, 'too-few-eligible', len(acc))); sel.append((rank, e, tick.hex(), []))
        else:
            for i in acc: assigned[L[i]['officerId']] += 1
            sel.append((rank, e, tick.hex(), [L[i]['officerId'] for i in acc]))
    sels.append((st['label'], sel))
mine = [(x['stratum'], [(t['rank'], t['entityId'], t['ticket'], t['officers']) for t in x['selected']]) for x in r['selections']]
print('selections equal', mine == sels)
print('skips equal', [(k['entityId'], k['officerId'], k['reason']) for k in r['skips']] == skips)
print('understaffed equal', [(u['stratum'], u['entityId'], u['reason'], u['eligibleFound']) for u in r['understaffed']] == under)
sb = s(V+' selection') + cm + u32(len(sels))
for label, sel in sels:
    sb += s(label) + u32(len(sel)) + b''.join(g(e) + u32(len(os)) + b''.join(g(o) for o in os) for _, e, _, os in sel)
salt = bytes.fromhex(r['salt'])
sh = H(salt + sb)
print('selectionHash', sh.hex(), sh.hex() == r['selectionHash'])
if verbose:
    for x in tickets_all: print('ticket', x[0], x[1], x[2], 'selected' if x[3] else '')
