using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// The definition sets a pipeline selected: at most one per definition-set type. Immutable and thread-safe.
/// </summary>
public sealed class SelectedDefinitionSets
{
    private readonly DefinitionSet[] _sets;

    /// <summary>Creates a collection.</summary>
    /// <param name="sets">The selected sets; no two may have the same runtime type.</param>
    /// <exception cref="ArgumentException">Two sets share a runtime type.</exception>
    public SelectedDefinitionSets(IEnumerable<DefinitionSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        _sets = [.. sets.OrderBy(s => s.Id.Value, StringComparer.Ordinal)];
        for (var i = 0; i < _sets.Length; i++)
        {
            for (var j = i + 1; j < _sets.Length; j++)
            {
                if (_sets[i].GetType() == _sets[j].GetType())
                {
                    throw new ArgumentException(
                        $"Definition sets '{_sets[i].Id}' and '{_sets[j].Id}' are both {_sets[i].GetType().Name}; select one of them.",
                        nameof(sets));
                }
            }
        }
    }

    /// <summary>Gets an empty collection.</summary>
    public static SelectedDefinitionSets Empty { get; } = new([]);

    /// <summary>Gets the selected sets, ordered by id.</summary>
    public IReadOnlyList<DefinitionSet> All => _sets;

    /// <summary>Returns the selected set of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The definition-set type.</typeparam>
    /// <returns>The set.</returns>
    /// <exception cref="InvalidOperationException">No set of that type is selected (its module is not registered).</exception>
    public T Get<T>()
        where T : DefinitionSet =>
        TryGet<T>(out var set)
            ? set
            : throw new InvalidOperationException($"No {typeof(T).Name} is selected in this pipeline; register the module that provides it.");

    /// <summary>Tries to return the selected set of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The definition-set type.</typeparam>
    /// <param name="set">The set, when selected.</param>
    /// <returns><see langword="true"/> when one is selected.</returns>
    public bool TryGet<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? set)
        where T : DefinitionSet
    {
        foreach (var candidate in _sets)
        {
            if (candidate is T typed)
            {
                set = typed;
                return true;
            }
        }

        set = null;
        return false;
    }

    internal ImmutableArray<DefinitionSetReference> References() =>
        [.. _sets.Select(s => new DefinitionSetReference { Id = s.Id, Version = s.Version })];
}
