using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>
/// A published clinical instrument (score, index, criteria set or response definition) that can be computed from a
/// JSON input document to a JSON result document. Modules register instruments with
/// <see cref="DiseaseModuleContext.AddInstrument(IClinicalInstrument)"/>; callers reach them by id through
/// <see cref="ResistancePipeline.Instruments"/> and <see cref="ResistancePipeline.ComputeInstrument(InstrumentId, ReadOnlySpan{byte})"/>, which passes its selected definition sets.
/// Derive from <see cref="ClinicalInstrument{TInput, TResult}"/> rather than implementing this directly.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IClinicalInstrument
{
    /// <summary>Gets the instrument's descriptor.</summary>
    InstrumentDescriptor Descriptor { get; }

    /// <summary>Gets the CLR type of the instrument's input document.</summary>
    Type InputType { get; }

    /// <summary>Gets the CLR type of the instrument's result document.</summary>
    Type ResultType { get; }

    /// <summary>
    /// Reads an input document, checks it, computes the result and writes it. Never throws for bad input: problems
    /// come back as diagnostics with JSON paths into the input.
    /// </summary>
    /// <param name="utf8JsonInput">The input document.</param>
    /// <param name="options">The pipeline's serializer options (they include the module's types).</param>
    /// <param name="definitions">The definition sets the pipeline selected; an instrument whose rules vary between
    /// published definitions reads its set here, unless the input document names one itself.</param>
    /// <returns>The result document, or the diagnostics that explain why none could be computed.</returns>
    InstrumentComputation Compute(ReadOnlySpan<byte> utf8JsonInput, JsonSerializerOptions options, SelectedDefinitionSets definitions);
}
