using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Base of a typed clinical instrument: <typeparamref name="TInput"/> in, <typeparamref name="TResult"/> out, with
/// input checks that report path-qualified diagnostics. The JSON round trip (<see cref="IClinicalInstrument.Compute"/>)
/// is implemented once here with the pipeline's source-generated metadata.
/// </summary>
/// <typeparam name="TInput">The input document type (an immutable record).</typeparam>
/// <typeparam name="TResult">The result document type (an immutable record with an item-level breakdown).</typeparam>
/// <remarks>Derived instruments are stateless and thread-safe.</remarks>
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

    /// <summary>Computes the result from a valid input with the instrument's default definitions.</summary>
    /// <param name="input">The input; <see cref="Validate(TInput)"/> has reported no error for it.</param>
    /// <returns>The result.</returns>
    public abstract TResult Compute(TInput input);

    /// <summary>
    /// Computes the result from a valid input with the definition sets a pipeline selected. Instruments whose rules
    /// differ between published definitions override this and read their set with
    /// <see cref="SelectedDefinitionSets.TryGet{T}(out T)"/>; the default implementation ignores the selection.
    /// </summary>
    /// <param name="input">The input; <see cref="Validate(TInput)"/> has reported no error for it.</param>
    /// <param name="definitions">The selected definition sets.</param>
    /// <returns>The result.</returns>
    public virtual TResult Compute(TInput input, SelectedDefinitionSets definitions) => Compute(input);

    /// <summary>Checks and computes, throwing when the input is invalid (for code that builds inputs itself).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem with its path.</exception>
    public TResult Score(TInput input) => Score(input, SelectedDefinitionSets.Empty);

    /// <summary>Checks and computes with selected definition sets, throwing when the input is invalid.</summary>
    /// <param name="input">The input.</param>
    /// <param name="definitions">The selected definition sets (for example a pipeline's <see cref="ResistancePipeline.Definitions"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The input is invalid; the message lists every problem with its path.</exception>
    public TResult Score(TInput input, SelectedDefinitionSets definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var errors = Validate(input).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The {Descriptor.Id} input is invalid:\n- " + string.Join("\n- ", errors.Select(e => e.ToString())),
                nameof(input));
        }

        return Compute(input, definitions);
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

        var result = Compute(input, definitions);
        var resultInfo = (JsonTypeInfo<TResult>)options.GetTypeInfo(typeof(TResult));
        return new InstrumentComputation
        {
            Instrument = id,
            ResultJson = JsonSerializer.SerializeToUtf8Bytes(result, resultInfo),
            Diagnostics = diagnostics,
        };
    }
}
