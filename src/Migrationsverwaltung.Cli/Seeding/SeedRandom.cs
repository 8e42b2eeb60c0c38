namespace Migrationsverwaltung.Cli.Seeding;

/// <summary>
/// The seeded source of every choice: the same seed gives the same data (System.Random with a seed is stable).
/// Each person draws from its own generator, so one person's choices never shift another's.
/// </summary>
internal sealed class SeedRandom(int seed)
{
    private readonly Random _random = new(seed);

    public static SeedRandom For(int seed, long index) => new(unchecked((int)(seed * 1_000_003L + index * 7_919L)));

    public double Next() => _random.NextDouble();

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public ulong Bits() => (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 40);

    /// <summary>A duration in days with the given median and a long right tail (log-normal), as waits at an office are.</summary>
    public int Days(double median, double spread = 0.6, int max = 365)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        return (int)Math.Clamp(Math.Round(median * Math.Exp(spread * normal)), 0, max);
    }

    /// <summary>A random version-4 GUID from this generator (stable for the seed, unlike Guid.NewGuid).</summary>
    public Guid Guid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public void Fill(Span<byte> bytes) => _random.NextBytes(bytes);

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var roll = _random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }
}

/// <summary>
/// Stream ids in the order the streams are generated, shaped as UUIDv7 (48-bit time prefix, then random), as the app's
/// own ids are: the index on (stream_id, version) then grows at its right edge instead of everywhere, which keeps a
/// bulk import of millions of streams fast and its index pages full. The time prefix counts milliseconds from the
/// simulated start; the offices' streams, imported first, count from a day before it, so every id sorts after the
/// ones imported before it (one random office id in the middle of the key range would make every later insert
/// split pages in the middle: the index was half empty).
/// </summary>
internal sealed class StreamIds(SeedPlan plan)
{
    private long _next = StartOf(plan.From);

    public Guid Next(SeedRandom random) => Shaped(_next++, random);

    /// <summary>The id of the office with this index: below every person's and case's id.</summary>
    public static Guid ForOffice(SeedPlan plan, int index, SeedRandom random) => Shaped(StartOf(plan.From.AddDays(-1)) + index, random);

    private static long StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static Guid Shaped(long ms, SeedRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.Fill(bytes);
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(ms & 0xFF);
            ms >>= 8;
        }
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
