using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// An immutable set of <see cref="TherapyDefinition"/>s, looked up by <see cref="TherapyId"/> or by ATC code.
/// <see cref="BuiltIn"/> holds every therapy the library names in <see cref="TherapyId"/>; disease modules and users
/// extend it with <see cref="With"/>, which returns a new catalog.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe: lookups never change state, and <see cref="With"/> leaves the original catalog untouched.
/// </para>
/// <para>
/// ATC look-ups: several therapies can share an ATC code, because the ATC does not split salts or esters (mycophenolate
/// mofetil and mycophenolic acid are both <c>L04AA06</c>) and because a substance can have several codes (methotrexate).
/// <see cref="FindByAtc"/> returns every match: therapies whose <see cref="TherapyDefinition.Atc"/> matches first, then
/// those listing the code in <see cref="TherapyDefinition.OtherAtcCodes"/>, each group in catalog order.
/// <see cref="TryFindByAtc"/> returns the first of them. Codes retired by the WHO resolve through
/// <see cref="AtcCodeChanges"/>.
/// </para>
/// </remarks>
[DebuggerDisplay("TherapyCatalog, Count = {All.Count}")]
public sealed class TherapyCatalog
{
    private readonly FrozenDictionary<TherapyId, TherapyDefinition> _byId;
    private readonly FrozenDictionary<string, ReadOnlyCollection<TherapyDefinition>> _byAtc;

    private TherapyCatalog(TherapyDefinition[] definitions)
    {
        var byId = new Dictionary<TherapyId, TherapyDefinition>(definitions.Length);
        foreach (var definition in definitions)
        {
            if (definition is null)
            {
                throw new ArgumentException("the definitions must not contain null", nameof(definitions));
            }

            if (!byId.TryAdd(definition.Id, definition))
            {
                throw new ArgumentException($"the therapy id '{definition.Id}' is defined twice", nameof(definitions));
            }
        }

        var byAtc = new Dictionary<string, List<TherapyDefinition>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition.Atc is { } atc)
            {
                Add(byAtc, atc.Code, definition);
            }
        }

        foreach (var definition in definitions)
        {
            foreach (var other in definition.OtherAtcCodes)
            {
                Add(byAtc, other.Code, definition);
            }
        }

        All = Array.AsReadOnly(definitions);
        _byId = byId.ToFrozenDictionary();
        _byAtc = byAtc.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.AsReadOnly(), StringComparer.Ordinal);

        static void Add(Dictionary<string, List<TherapyDefinition>> index, string code, TherapyDefinition definition)
        {
            if (!index.TryGetValue(code, out var list))
            {
                index.Add(code, list = []);
            }

            if (!list.Contains(definition))
            {
                list.Add(definition);
            }
        }
    }

    /// <summary>Gets a catalog with no therapies.</summary>
    public static TherapyCatalog Empty { get; } = new([]);

    /// <summary>
    /// Gets the built-in catalog: one definition for every therapy named by the well-known <see cref="TherapyId"/>
    /// statics, with the current WHO ATC codes confirmed for this library (see docs/codes.md for each code's source
    /// and status). A code is left out rather than guessed.
    /// </summary>
    public static TherapyCatalog BuiltIn { get; } = new(BuiltInTherapies.Create());

    /// <summary>Gets every definition, in the order they were added.</summary>
    public IReadOnlyList<TherapyDefinition> All { get; }

    /// <summary>Looks up a therapy by its identifier.</summary>
    /// <param name="id">The therapy identifier.</param>
    /// <param name="definition">The definition, or <see langword="null"/> when the catalog has no therapy <paramref name="id"/>.</param>
    /// <returns><see langword="true"/> when the therapy is in the catalog.</returns>
    public bool TryGet(TherapyId id, [NotNullWhen(true)] out TherapyDefinition? definition) => _byId.TryGetValue(id, out definition);

    /// <summary>
    /// Finds the therapy for an ATC code: the first of <see cref="FindByAtc"/> (see the remarks on
    /// <see cref="TherapyCatalog"/> for the order). A retired code listed in <see cref="AtcCodeChanges"/> is resolved
    /// to its replacement when no therapy lists it directly.
    /// </summary>
    /// <param name="atcCode">An ATC code, such as <c>L04AG04</c> or the retired <c>L04AA26</c>; case-sensitive (ATC codes are upper case).</param>
    /// <param name="definition">The definition, or <see langword="null"/> when no therapy has the code.</param>
    /// <returns><see langword="true"/> when a therapy was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="atcCode"/> is <see langword="null"/>.</exception>
    public bool TryFindByAtc(string atcCode, [NotNullWhen(true)] out TherapyDefinition? definition)
    {
        var matches = FindByAtc(atcCode);
        definition = matches.Count > 0 ? matches[0] : null;
        return definition is not null;
    }

    /// <summary>
    /// Finds every therapy for an ATC code, in the order described in the remarks on <see cref="TherapyCatalog"/>. A
    /// retired code listed in <see cref="AtcCodeChanges"/> is resolved to its replacement when no therapy lists it directly.
    /// </summary>
    /// <param name="atcCode">An ATC code; case-sensitive.</param>
    /// <returns>The matching definitions; empty when none match or the text is not a known code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="atcCode"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<TherapyDefinition> FindByAtc(string atcCode)
    {
        ArgumentNullException.ThrowIfNull(atcCode);
        if (_byAtc.TryGetValue(atcCode, out var matches)
            || (AtcCodeChanges.TryGetCurrent(atcCode, out var current) && _byAtc.TryGetValue(current, out matches)))
        {
            return matches;
        }

        return ReadOnlyCollection<TherapyDefinition>.Empty;
    }

    /// <summary>Returns a new catalog holding this catalog's therapies followed by <paramref name="definitions"/>.</summary>
    /// <param name="definitions">The therapies to add, for example a disease module's own.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="definitions"/> contains <see langword="null"/>, or an id that this catalog or another added
    /// definition already uses; the message names the id.
    /// </exception>
    public TherapyCatalog With(IEnumerable<TherapyDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return new TherapyCatalog([.. All, .. definitions]);
    }

    /// <summary>Returns a short description, for example <c>TherapyCatalog (24 therapies)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"TherapyCatalog ({All.Count} therapies)";
}
