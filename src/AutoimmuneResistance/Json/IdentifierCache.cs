namespace AutoimmuneResistance;

/// <summary>
/// Remembers, per thread, the identifiers of one type most recently read from JSON, keyed by their UTF-8 text, so that
/// a vocabulary value read again (a therapy, a class, an antibody, an assessment's instrument) costs neither a string
/// nor a syntax check. Identifiers are immutable, so sharing one between profiles is invisible.
/// </summary>
/// <remarks>
/// Direct-mapped: 64 slots, a slot chosen from the length and three bytes of the text, a colliding entry replaced. Only
/// values that passed the type's syntax are stored; a hit compares every byte. Opaque identifiers (subject ids, seed
/// claim ids) are unique per record and are never stored.
/// </remarks>
/// <typeparam name="T">The identifier type.</typeparam>
internal static class IdentifierCache<T>
    where T : struct, IIdentifier<T>
{
    private const int Slots = 64;

    // Dotted and gene-symbol identifiers are at most 128 bytes; nothing longer is worth keeping.
    private const int MaxLength = 128;

    [ThreadStatic]
    private static Entry[]? t_entries;

    /// <summary>Gets whether values of <typeparamref name="T"/> are worth remembering (a vocabulary, not opaque ids).</summary>
    public static bool Enabled { get; } = !ReferenceEquals(T.Syntax, IdentifierSyntax.Opaque);

    /// <summary>Looks up an identifier by its unescaped UTF-8 text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="value">The identifier read earlier from the same text.</param>
    /// <returns><see langword="true"/> on a hit.</returns>
    public static bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        if (Enabled && !utf8.IsEmpty && utf8.Length <= MaxLength && t_entries is { } entries
            && entries[Slot(utf8)] is { } entry && utf8.SequenceEqual(entry.Utf8))
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Remembers an identifier that passed its syntax check under its unescaped UTF-8 text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="value">The identifier.</param>
    public static void Add(ReadOnlySpan<byte> utf8, T value)
    {
        if (Enabled && !utf8.IsEmpty && utf8.Length <= MaxLength)
        {
            (t_entries ??= new Entry[Slots])[Slot(utf8)] = new Entry(utf8.ToArray(), value);
        }
    }

    private static int Slot(ReadOnlySpan<byte> utf8) =>
        (int)(((uint)utf8.Length * 31u) ^ (utf8[0] * 7u) ^ (utf8[utf8.Length / 2] * 13u) ^ (utf8[^1] * 17u)) % Slots;

    private sealed record Entry(byte[] Utf8, T Value);
}
