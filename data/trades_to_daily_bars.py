import csv, sys, datetime
days = {}
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        t = int(row['timestamp']); p = float(row['price']); q = float(row['amount'])
        d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc).date().isoformat()
        b = days.get(d)
        if b is None:
            days[d] = [p, p, p, p, q]
        else:
            b[1] = max(b[1], p); b[2] = min(b[2], p); b[3] = p; b[4] += q
print('Date,Open,High,Low,Close,Volume')
for d in sorted(days):
    o, h, l, c, v = days[d]
    print(f'{d},{o:.2f},{h:.2f},{l:.2f},{c:.2f},{v:.4f}')
