using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Base of a typed clinical instrument: <typeparamref name="TInput"/> in, <typeparamref name="TResult"/> out, with
/// input checks that report path-qualified diagnostics. The JSON round trip (<see cref="IClinicalInstrument.Compute"/>)
/// is implemented once here with the pipeline's source-generated metadata.
/// </summary>
/// <remarks>
/// <para>
/// One verb computes: <see cref="Compute(TInput)"/> and <see cref="Compute(TInput, SelectedDefinitionSets)"/> check the
/// input and throw when it is invalid; the JSON <see cref="Compute(ReadOnlySpan{byte}, JsonSerializerOptions, SelectedDefinitionSets)"/>
/// reports problems as diagnostics instead. A derived instrument overrides <see cref="Validate(TInput)"/> and the
/// protected <see cref="ComputeCore(TInput)"/> (and <see cref="ComputeCore(TInput, SelectedDefinitionSets)"/> when its
/// rules vary between definition sets; or it derives from <see cref="DefinitionSetInstrument{TInput, TResult, TDefinitions}"/>).
/// </para>
/// <para>Derived instruments are stateless and thread-safe.</para>
/// </remarks>
/// <typeparam name="TInput">The input document type (an immutable record).</typeparam>
/// <typeparam name="TResult">The result document type (an immutable record with an item-level breakdown).</typeparam>
public abstract class ClinicalInstrument<TInput, TResult> : IClinicalInstrument
    where TInput : class
    where TResult : class
{
    /// <inheritdoc/>
    public abstract InstrumentDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public Type InputType => typeof(TInput);

    /// <inheritdoc/>
    public Type ResultType => typeof(TResult);

    /// <summary>Checks an input for problems the JSON contract cannot express (impossible combinations, out-of-window items).</summary>
    /// <param name="input">The input.</param>
    /// <returns>Every problem found, each with a JSON path into the input (rooted at <c>$</c>); empty when valid.</returns>
    public virtual IReadOnlyList<EvaluationDiagnostic> Validate(TInput input) => [];

    /// <summary>Checks and computes with the instrument's default definitions, throwing when the input is invalid.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem with its path.</exception>
    public TResult Compute(TInput input) => Compute(input, SelectedDefinitionSets.Empty);

    /// <summary>Checks and computes with the definition sets a pipeline selected, throwing when the input is invalid.</summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The selected definition sets (for example a pipeline's <see cref="ResistancePipeline.Definitions"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem with its path.</exception>
    public TResult Compute(TInput input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        ThrowIfInvalid(Descriptor.Id, Validate(input), nameof(input));
        return ComputeCore(input, definitions);
    }

    /// <summary>Computes the result from a valid input with the instrument's default definitions.</summary>
    /// <param name="input">The input; <see cref="Validate(TInput)"/> has reported no error for it.</param>
    /// <returns>The result.</returns>
    protected abstract TResult ComputeCore(TInput input);

    /// <summary>
    /// Computes the result from a valid input with the definition sets a pipeline selected. Instruments whose rules
    /// differ between published definitions override this and read their set with
    /// <see cref="SelectedDefinitionSets.TryGet{T}(out T)"/> (or derive from
    /// <see cref="DefinitionSetInstrument{TInput, TResult, TDefinitions}"/>, which does it for them); the default
    /// implementation ignores the selection.
    /// </summary>
    /// <param name="input">The input; <see cref="Validate(TInput)"/> has reported no error for it.</param>
    /// <param name="definitions">The selected definition sets.</param>
    /// <returns>The result.</returns>
    protected virtual TResult ComputeCore(TInput input, SelectedDefinitionSets definitions) => ComputeCore(input);

    /// <summary>Throws when <paramref name="diagnostics"/> hold an error, listing every problem with its path.</summary>
    /// <param name="instrument">The instrument, named in the message.</param>
    /// <param name="diagnostics">The problems found in an input.</param>
    /// <param name="paramName">The name of the input parameter.</param>
    /// <exception cref="ArgumentException">A diagnostic is an error.</exception>
    private protected static void ThrowIfInvalid(InstrumentId instrument, IReadOnlyList<EvaluationDiagnostic> diagnostics, string paramName)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The {instrument} input is invalid:\n- " + string.Join("\n- ", errors.Select(e => e.ToString())),
                paramName);
        }
    }

    /// <inheritdoc/>
    public InstrumentComputation Compute(ReadOnlySpan<byte> utf8JsonInput, JsonSerializerOptions options, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(definitions);
        var id = Descriptor.Id;
        var inputInfo = (JsonTypeInfo<TInput>)options.GetTypeInfo(typeof(TInput));
        TInput? input;
        try
        {
            input = JsonSerializer.Deserialize(utf8JsonInput, inputInfo);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            var translator = new JsonErrorTranslator(options, new Dictionary<Type, ImmutableArray<string>>());
            return new InstrumentComputation { Instrument = id, Diagnostics = [translator.Translate(e, typeof(TInput))] };
        }

        if (input is null)
        {
            return new InstrumentComputation
            {
                Instrument = id,
                Diagnostics = [EvaluationDiagnostic.Error(DiagnosticCodes.InvalidJson, "the document is null; expected an input object", "$")],
            };
        }

        if (ListElementCheck.FindNull(utf8JsonInput, options.MaxDepth) is { } nullElement)
        {
            return new InstrumentComputation { Instrument = id, Diagnostics = [nullElement] };
        }

        var diagnostics = Validate(input).ToImmutableArray();
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new InstrumentComputation { Instrument = id, Diagnostics = diagnostics };
        }

        var result = ComputeCore(input, definitions);
        var resultInfo = (JsonTypeInfo<TResult>)options.GetTypeInfo(typeof(TResult));
        return new InstrumentComputation
        {
            Instrument = id,
            ResultJson = JsonSerializer.SerializeToUtf8Bytes(result, resultInfo),
            Diagnostics = diagnostics,
        };
    }
}
