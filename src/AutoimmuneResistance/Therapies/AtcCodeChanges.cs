using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// One ATC code that the WHO replaced: the substance kept its place in the classification under a new code.
/// </summary>
/// <remarks>Instances come from <see cref="AtcCodeChanges.All"/>. Equality compares every member. Immutable and thread-safe.</remarks>
public sealed record AtcCodeChange
{
    internal AtcCodeChange(string substance, string legacyCode, string currentCode, int atcVersion, Citation source)
    {
        Substance = substance;
        LegacyCode = legacyCode;
        CurrentCode = currentCode;
        AtcVersion = atcVersion;
        Source = source;
    }

    /// <summary>Gets the ATC substance name, for example <c>belimumab</c>.</summary>
    public string Substance { get; }

    /// <summary>Gets the code used up to the index before <see cref="AtcVersion"/>, for example <c>L04AA26</c>.</summary>
    public string LegacyCode { get; }

    /// <summary>Gets the code used from <see cref="AtcVersion"/> on, for example <c>L04AG04</c>.</summary>
    public string CurrentCode { get; }

    /// <summary>Gets the year of the first ATC index that uses <see cref="CurrentCode"/> (the ATC version), for example 2024.</summary>
    public int AtcVersion { get; }

    /// <summary>Gets the source that documents the change.</summary>
    public Citation Source { get; }

    /// <summary>Returns the change in the form <c>belimumab: L04AA26 → L04AG04 (ATC 2024)</c>.</summary>
    /// <returns>A readable form of the change.</returns>
    public override string ToString() => $"{Substance}: {LegacyCode} → {CurrentCode} (ATC {AtcVersion})";
}

/// <summary>
/// Maps ATC codes that the WHO retired to the codes that replaced them, so that historical prescription data carrying
/// old codes still resolves to the right therapy (see <see cref="TherapyCatalog.TryFindByAtc"/>).
/// </summary>
/// <remarks>
/// <para>
/// The ATC 2024 index restructured group L04A (immunosuppressants) into new chemical subgroups. Only the moves of
/// catalog substances that were confirmed in a readable source are listed, from the Medical Informatics Initiative
/// ConceptMap "MII CM Onko ATC Code Changes 2023 to 2024":
/// </para>
/// <list type="bullet">
/// <item><description>belimumab: <c>L04AA26</c> → <c>L04AG04</c> (ATC 2024)</description></item>
/// <item><description>leflunomide: <c>L04AA13</c> → <c>L04AK01</c> (ATC 2024)</description></item>
/// </list>
/// <para>
/// Deliberately absent, because the earlier code could not be confirmed: rituximab and obinutuzumab (before group
/// L01FA), anifrolumab (before L04AG11) and nintedanib (before L01EX09). Data carrying those older codes will not
/// resolve until the codes are verified against the official WHO index and added here. The map is static, immutable and
/// thread-safe.
/// </para>
/// </remarks>
public static class AtcCodeChanges
{
    /// <summary>Gets every known change, in the order listed in the remarks.</summary>
    public static IReadOnlyList<AtcCodeChange> All { get; } = Array.AsReadOnly(
    [
        new AtcCodeChange("belimumab", "L04AA26", "L04AG04", 2024, CatalogSources.MiiAtcChanges2024),
        new AtcCodeChange("leflunomide", "L04AA13", "L04AK01", 2024, CatalogSources.MiiAtcChanges2024),
    ]);

    // Declared after All: static initializers run in textual order.
    private static readonly FrozenDictionary<string, AtcCodeChange> ByLegacyCode =
        All.ToFrozenDictionary(change => change.LegacyCode, StringComparer.Ordinal);

    /// <summary>Looks up the code that replaced a retired ATC code.</summary>
    /// <param name="legacyCode">The retired code, for example <c>L04AA26</c> (case-sensitive, as ATC codes are upper case).</param>
    /// <param name="current">The replacement code, or <see langword="null"/> when <paramref name="legacyCode"/> is not a known retired code.</param>
    /// <returns><see langword="true"/> when a replacement is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="legacyCode"/> is <see langword="null"/>.</exception>
    public static bool TryGetCurrent(string legacyCode, [NotNullWhen(true)] out string? current)
    {
        ArgumentNullException.ThrowIfNull(legacyCode);
        current = ByLegacyCode.GetValueOrDefault(legacyCode)?.CurrentCode;
        return current is not null;
    }
}
