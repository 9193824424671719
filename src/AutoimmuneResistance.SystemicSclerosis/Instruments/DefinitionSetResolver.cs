using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The definition sets one instrument may apply, the first the default. Resolves the set an input names, else the
/// one a pipeline selected for the type, else the default, and reports an unknown id as an error at
/// <c>$.definitions</c>. A minimal local version of the lupus module's <c>DefinitionCatalog</c> and
/// <c>DefinitionSetInstrument</c>, kept small until the generic pieces move into the core.
/// </summary>
/// <typeparam name="T">The definition-set type.</typeparam>
internal sealed class DefinitionSetResolver<T>
    where T : DefinitionSet
{
    internal DefinitionSetResolver(IEnumerable<T> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        Sets = [.. sets];
        if (Sets.IsEmpty)
        {
            throw new ArgumentException("At least one definition set is needed; the first is the default.", nameof(sets));
        }

        foreach (var set in Sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            var problems = set.Validate();
            if (problems.Count > 0)
            {
                throw new ArgumentException($"Definition set '{set.Id}' is invalid: {string.Join("; ", problems)}", nameof(sets));
            }
        }

        if (Sets.Select(s => s.Id).Distinct().Count() != Sets.Length)
        {
            throw new ArgumentException("Definition set ids must be unique.", nameof(sets));
        }
    }

    internal ImmutableArray<T> Sets { get; }

    internal T Resolve(DefinitionSetId? id, SelectedDefinitionSets selected)
    {
        if (id is not { IsSpecified: true } && selected.TryGet<T>(out var chosen))
        {
            return chosen;
        }

        return Resolve(id);
    }

    internal T Resolve(DefinitionSetId? id)
    {
        if (id is { IsSpecified: true } wanted)
        {
            foreach (var set in Sets)
            {
                if (set.Id == wanted)
                {
                    return set;
                }
            }

            throw new ArgumentException($"Definition set '{wanted}' is not known; known: {Known()}.", nameof(id));
        }

        return Sets[0];
    }

    internal void Validate(DefinitionSetId? id, List<EvaluationDiagnostic> diagnostics)
    {
        if (id is { IsSpecified: true } wanted && !Sets.Any(s => s.Id == wanted))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(
                SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet,
                $"unknown definition set; known: {Known()}",
                "$.definitions",
                value: DiagnosticValues.Text(wanted.Value)));
        }
    }

    private string Known() => string.Join(", ", Sets.Select(s => s.Id.Value));
}
