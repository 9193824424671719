using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace AutoimmuneResistance;

/// <content>Results files: JSON Lines with a header line, then one compact record per input record.</content>
public sealed partial class ResistancePipeline
{
    private const int ResultsBufferSize = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_results;

    /// <summary>
    /// Writes cohort outcomes as a JSON Lines results file: the <see cref="ResultsHeader"/> on the first line (what is
    /// the same for every record: the manifest without an input hash, and the citations), then one record per outcome,
    /// in order, each keeping what is its own (index, line, subject, evaluation date, input hash, verdict, findings,
    /// diagnostics or errors). Read it back with <see cref="ResistanceJson.ReadResultsAsync(Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="outcomes">The outcomes (from this pipeline).</param>
    /// <param name="utf8Stream">The destination; flushed, not disposed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every outcome is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public async Task WriteJsonLinesAsync(IAsyncEnumerable<CohortOutcome> outcomes, Stream utf8Stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(utf8Stream);
        var buffer = new ArrayBufferWriter<byte>(ResultsBufferSize);
        Json.WriteHeader(buffer, ResultsHeader);
        await foreach (var outcome in outcomes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Json.WriteResultsLine(buffer, outcome, _headerCitationKeys, _declaredOptions);
            if (buffer.WrittenCount >= ResultsBufferSize)
            {
                await utf8Stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await utf8Stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a JSON Lines cohort of profiles, evaluates it with bounded parallelism and writes a JSON Lines results file
    /// (see <see cref="WriteJsonLinesAsync(IAsyncEnumerable{CohortOutcome}, Stream, CancellationToken)"/>): one record per
    /// input record, in input order, serialised by the workers that evaluated them. Each record's input hash is the
    /// SHA-256 of its line's bytes as read. Memory depends on the degree of parallelism, not on the cohort size.
    /// </summary>
    /// <param name="utf8JsonLines">The cohort; read to its end, not disposed.</param>
    /// <param name="results">Where the results file is written; flushed, not disposed.</param>
    /// <param name="options">Cohort options; <see cref="CohortOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run; what was written so far stays a valid results file.</param>
    /// <returns>How many records were read, evaluated and failed.</returns>
    /// <exception cref="ArgumentNullException">A stream is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "No version has shipped yet, and the two overloads differ in their required parameters (one stream: outcomes back; two streams: a results file written). Only a positional null as the second argument is ambiguous; name the argument (options: null). The rule guards overload sets that are already shipped; changing the signatures is an API decision outside the public API tracking.")]
    public async Task<CohortRunSummary> EvaluateJsonLinesAsync(
        Stream utf8JsonLines,
        Stream results,
        CohortOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        ArgumentNullException.ThrowIfNull(results);
        options ??= CohortOptions.Default;
        options.Validate();
        var header = new ArrayBufferWriter<byte>(4096);
        Json.WriteHeader(header, ResultsHeader);
        await results.WriteAsync(header.WrittenMemory, cancellationToken).ConfigureAwait(false);

        long read = 0, evaluated = 0;
        var records = JsonLinesReader.ReadAsync(utf8JsonLines, options.MaxRecordBytes, cancellationToken);
        await foreach (var (bytes, length, success) in RunOrderedAsync(records, input => SerializeResult(Process(input, options)), options, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await results.WriteAsync(bytes.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            read++;
            evaluated += success ? 1 : 0;
        }

        await results.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new CohortRunSummary(read, evaluated, read - evaluated);
    }

    // On the worker: the outcome's results record, copied into a pooled array the writer returns after writing it.
    private (byte[] Bytes, int Length, bool Success) SerializeResult(CohortOutcome outcome)
    {
        var buffer = t_results ??= new ArrayBufferWriter<byte>(ResultsBufferSize);
        buffer.ResetWrittenCount();
        Json.WriteResultsLine(buffer, outcome, _headerCitationKeys, _declaredOptions);
        var bytes = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
        buffer.WrittenSpan.CopyTo(bytes);
        return (bytes, buffer.WrittenCount, outcome.IsSuccess);
    }
}
