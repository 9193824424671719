using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// Base of an instrument whose rules come from a <see cref="DefinitionSet"/> with published variants (for example
/// EULAR/ERA-EDTA 2019 versus KDIGO 2024 lupus nephritis response, or the four progressive-ILD definitions). It resolves
/// the set once for all of them: the set the input names, else the one the pipeline selected, else the default (the
/// first set given to the constructor), and it reports an unknown set id as a path-qualified error at
/// <c>$.definitions</c> with the module's own diagnostic code.
/// </summary>
/// <typeparam name="TInput">The input document type; it names the set it asks for through <see cref="IDefinitionSetSelection"/>.</typeparam>
/// <typeparam name="TResult">The result document type.</typeparam>
/// <typeparam name="TDefinitions">The definition-set type.</typeparam>
/// <remarks>Derived instruments are stateless and thread-safe.</remarks>
/// <example>
/// <code>
/// public sealed class MyResponse() : DefinitionSetInstrument&lt;MyInput, MyResult, MyDefinitions&gt;(
///     [MyDefinitions.Published2024, MyDefinitions.Alternative], MyDiagnosticCodes.UnknownDefinitionSet)
/// {
///     public override InstrumentDescriptor Descriptor { get; } = new() { Id = MyIds.Response, Title = "My response" };
///
///     protected override void CheckInput(MyInput input, List&lt;EvaluationDiagnostic&gt; diagnostics) { /* path-qualified errors */ }
///
///     protected override MyResult ComputeCore(MyInput input, MyDefinitions definitions) => new() { /* ... */ };
/// }
/// </code>
/// </example>
public abstract class DefinitionSetInstrument<TInput, TResult, TDefinitions> : ClinicalInstrument<TInput, TResult>
    where TInput : class, IDefinitionSetSelection
    where TResult : class
    where TDefinitions : DefinitionSet
{
    private readonly DefinitionCatalog<TDefinitions> _definitions;

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <param name="unknownDefinitionSetCode">The module's diagnostic code for an input that names a set the instrument
    /// does not know (for example <c>AIR3001</c>); document it in <c>docs/diagnostics.md</c>.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, two share an id, or the code is blank.</exception>
    protected DefinitionSetInstrument(IEnumerable<TDefinitions> definitionSets, string unknownDefinitionSetCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unknownDefinitionSetCode);
        _definitions = new DefinitionCatalog<TDefinitions>(definitionSets, unknownDefinitionSetCode);
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

    /// <summary>
    /// Checks and computes with a given definition set (for example one an evaluator read from
    /// <see cref="EvaluationContext.Definitions"/>), ignoring <see cref="IDefinitionSetSelection.Definitions"/>;
    /// throws when the input is invalid.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The definitions to apply.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem with its path.</exception>
    public TResult Compute(TInput input, TDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var diagnostics = new List<EvaluationDiagnostic>();
        CheckInput(input, diagnostics);
        ThrowIfInvalid(Descriptor.Id, diagnostics, nameof(input));
        return ComputeCore(input, definitions);
    }

    /// <inheritdoc/>
    protected sealed override TResult ComputeCore(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ComputeCore(input, _definitions.Resolve(input.Definitions));
    }

    /// <summary>Computes with the definition set the input names, else the one the pipeline selected, else the default.</summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The pipeline's selected definition sets.</param>
    /// <returns>The result.</returns>
    protected sealed override TResult ComputeCore(TInput input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        return ComputeCore(input, _definitions.Resolve(input.Definitions, definitions));
    }

    /// <summary>Checks the input's own rules (the definition-set id is checked by the base).</summary>
    /// <param name="input">The input.</param>
    /// <param name="diagnostics">Receives every problem, with a JSON path into the input.</param>
    protected abstract void CheckInput(TInput input, List<EvaluationDiagnostic> diagnostics);

    /// <summary>Computes the result of a valid input under <paramref name="definitions"/>.</summary>
    /// <param name="input">The input; <see cref="CheckInput"/> has reported no error for it.</param>
    /// <param name="definitions">The resolved definition set.</param>
    /// <returns>The result.</returns>
    protected abstract TResult ComputeCore(TInput input, TDefinitions definitions);
}

/// <summary>The definition sets an instrument knows, the first being its default; resolves an input's <c>definitions</c> id.</summary>
/// <typeparam name="T">The definition-set type.</typeparam>
internal sealed class DefinitionCatalog<T>
    where T : DefinitionSet
{
    private readonly ImmutableArray<T> _sets;
    private readonly string _unknownCode;

    internal DefinitionCatalog(IEnumerable<T> sets, string unknownCode)
    {
        ArgumentNullException.ThrowIfNull(sets);
        _unknownCode = unknownCode;
        _sets = [.. sets];
        if (_sets.IsEmpty)
        {
            throw new ArgumentException("At least one definition set is needed; the first is the default.", nameof(sets));
        }

        foreach (var set in _sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            var problems = set.Validate();
            if (problems.Count > 0)
            {
                throw new ArgumentException($"Definition set '{set.Id}' is invalid: {string.Join("; ", problems)}", nameof(sets));
            }
        }

        if (_sets.Select(s => s.Id).Distinct().Count() != _sets.Length)
        {
            throw new ArgumentException("Definition set ids must be unique.", nameof(sets));
        }
    }

    internal ImmutableArray<T> Sets => _sets;

    /// <summary>
    /// The set an input names; else the set a pipeline selected for this type; else the default. An input that names
    /// a set is explicit about its definitions, so it wins over the pipeline's choice.
    /// </summary>
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
        if (id is not { IsSpecified: true } wanted)
        {
            return _sets[0];
        }

        foreach (var set in _sets)
        {
            if (set.Id == wanted)
            {
                return set;
            }
        }

        throw new ArgumentException($"Definition set '{wanted}' is not known; known: {Known()}.", nameof(id));
    }

    internal void Validate(DefinitionSetId? id, List<EvaluationDiagnostic> diagnostics)
    {
        if (id is { IsSpecified: true } wanted && !_sets.Any(s => s.Id == wanted))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(_unknownCode, $"unknown definition set; known: {Known()}", "$.definitions", value: DiagnosticValues.Text(wanted.Value)));
        }
    }

    private string Known() => string.Join(", ", _sets.Select(s => s.Id.Value));
}
