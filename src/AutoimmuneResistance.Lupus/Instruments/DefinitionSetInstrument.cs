using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Base of the lupus instruments whose rules come from a <see cref="DefinitionSet"/> with published variants (for
/// example EULAR/ERA-EDTA 2019 versus KDIGO 2024). It resolves the set once for all of them: the set the input names,
/// else the one the pipeline selected, else the default (the first set given to the constructor), and it reports an
/// unknown set id as a path-qualified error.
/// </summary>
/// <typeparam name="TInput">The input document type.</typeparam>
/// <typeparam name="TResult">The result document type.</typeparam>
/// <typeparam name="TDefinitions">The definition-set type.</typeparam>
/// <remarks>Derived instruments are stateless and thread-safe.</remarks>
public abstract class DefinitionSetInstrument<TInput, TResult, TDefinitions> : ClinicalInstrument<TInput, TResult>
    where TInput : class, IDefinitionSetSelection
    where TResult : class
    where TDefinitions : DefinitionSet
{
    private readonly DefinitionCatalog<TDefinitions> _definitions;

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    protected DefinitionSetInstrument(IEnumerable<TDefinitions> definitionSets)
    {
        _definitions = new DefinitionCatalog<TDefinitions>(definitionSets);
    }

    /// <summary>Gets the definition sets an input may select, the default first.</summary>
    public ImmutableArray<TDefinitions> DefinitionSets => _definitions.Sets;

    /// <inheritdoc/>
    public sealed override IReadOnlyList<EvaluationDiagnostic> Validate(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<EvaluationDiagnostic>();
        _definitions.Validate(input.Definitions, diagnostics);
        CheckInput(input, diagnostics);
        return diagnostics;
    }

    /// <inheritdoc/>
    public sealed override TResult Compute(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ComputeWith(input, _definitions.Resolve(input.Definitions));
    }

    /// <summary>Computes with the definition set the input names, else the one the pipeline selected, else the default.</summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The pipeline's selected definition sets.</param>
    /// <returns>The result.</returns>
    public sealed override TResult Compute(TInput input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        return ComputeWith(input, _definitions.Resolve(input.Definitions, definitions));
    }

    /// <summary>Checks the input's own rules (the definition-set id is checked by the base).</summary>
    /// <param name="input">The input.</param>
    /// <param name="diagnostics">Receives every problem, with a JSON path into the input.</param>
    protected abstract void CheckInput(TInput input, List<EvaluationDiagnostic> diagnostics);

    /// <summary>Computes the result of a valid input under <paramref name="definitions"/>.</summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The resolved definition set.</param>
    /// <returns>The result.</returns>
    protected abstract TResult ComputeWith(TInput input, TDefinitions definitions);
}
