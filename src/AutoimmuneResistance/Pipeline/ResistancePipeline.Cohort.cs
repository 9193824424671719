using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace AutoimmuneResistance;

/// <content>Cohort evaluation: streams of profiles in, one outcome per record out, in input order.</content>
public sealed partial class ResistancePipeline
{
    /// <summary>
    /// Evaluates a stream of profiles with bounded parallelism. Outcomes come back in input order, exactly one per
    /// input record; a record that cannot be evaluated (invalid profile, <see langword="null"/> element) yields an
    /// error outcome rather than stopping the run. Memory depends on the degree of parallelism, not on the cohort size.
    /// </summary>
    /// <param name="patients">The profiles.</param>
    /// <param name="options">Cohort options; <see cref="CohortOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The outcomes, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patients"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IAsyncEnumerable<CohortOutcome> EvaluateCohortAsync(
        IAsyncEnumerable<PatientProfile> patients,
        CohortOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patients);
        options ??= CohortOptions.Default;
        options.Validate();
        return RunOrderedAsync(FromProfiles(patients, cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Evaluates a sequence of profiles with bounded parallelism; the synchronous counterpart of
    /// <see cref="EvaluateCohortAsync(IAsyncEnumerable{PatientProfile}, CohortOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="patients">The profiles.</param>
    /// <param name="options">Cohort options; <see cref="CohortOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The outcomes, in input order, produced lazily as the result is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patients"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public IEnumerable<CohortOutcome> EvaluateCohort(IEnumerable<PatientProfile> patients, CohortOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        options ??= CohortOptions.Default;
        options.Validate();
        if (options.MaxDegreeOfParallelism == 1)
        {
            return Sequential(patients, options);
        }

        return RunOrderedAsync(FromProfiles(patients.ToAsyncEnumerable(), CancellationToken.None), options, CancellationToken.None)
            .ToBlockingEnumerable();
    }

    /// <summary>
    /// Reads a UTF-8 JSON Lines stream of profiles (one profile document per line) and evaluates it with bounded
    /// parallelism. Each non-blank line is one record and yields exactly one outcome, in order; a line that is not a
    /// valid profile yields an error outcome naming the line and the JSON path of the problem.
    /// </summary>
    /// <param name="utf8JsonLines">The input stream; read to its end, not disposed.</param>
    /// <param name="options">Cohort options; <see cref="CohortOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The outcomes, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "No version has shipped yet, and the two overloads differ in their required parameters (one stream: outcomes back; two streams: a results file written). Only a positional null as the second argument is ambiguous; name the argument (options: null). The rule guards overload sets that are already shipped; changing the signatures is an API decision outside the public API tracking.")]
    public IAsyncEnumerable<CohortOutcome> EvaluateJsonLinesAsync(
        Stream utf8JsonLines,
        CohortOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8JsonLines);
        options ??= CohortOptions.Default;
        options.Validate();
        return RunOrderedAsync(JsonLinesReader.ReadAsync(utf8JsonLines, options.MaxRecordBytes, cancellationToken), options, cancellationToken);
    }

    private IEnumerable<CohortOutcome> Sequential(IEnumerable<PatientProfile> patients, CohortOptions options)
    {
        long index = 0;
        foreach (var patient in patients)
        {
            yield return Process(ToInput(index++, patient), options);
        }
    }

    private static async IAsyncEnumerable<CohortInput> FromProfiles(
        IAsyncEnumerable<PatientProfile> patients,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var patient in patients.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return ToInput(index++, patient);
        }
    }

    // The sequential and parallel paths share this, so a null element gives the same outcome at any parallelism.
    private static CohortInput ToInput(long index, PatientProfile? patient) => patient is null
        ? new CohortInput(index, null, null, null, EvaluationDiagnostic.Error(DiagnosticCodes.RecordFailed, "the record is null; expected a profile"))
        : new CohortInput(index, null, patient, null, null);

    private IAsyncEnumerable<CohortOutcome> RunOrderedAsync(
        IAsyncEnumerable<CohortInput> inputs,
        CohortOptions options,
        CancellationToken cancellationToken) =>
        RunOrderedAsync(inputs, input => Process(input, options), options, cancellationToken);

    // Runs work on each input with bounded parallelism and yields the results in input order: the evaluation, and for
    // a results file its serialisation too, happen on the workers.
    private static async IAsyncEnumerable<T> RunOrderedAsync<T>(
        IAsyncEnumerable<CohortInput> inputs,
        Func<CohortInput, T> work,
        CohortOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (options.MaxDegreeOfParallelism == 1)
        {
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return work(input);
            }

            yield break;
        }

        // Records are started in input order by one producer and awaited in the same order by the consumer. The gate
        // bounds how many run at once; the channel bounds how many finished results wait for a slower predecessor.
        // Together they keep memory proportional to the degree of parallelism, whatever the cohort size.
        var parallelism = options.MaxDegreeOfParallelism;
        var pending = Channel.CreateBounded<Task<T>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var gate = new SemaphoreSlim(parallelism, parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var input in inputs.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return work(input);
                                }
                                finally
                                {
                                    gate.Release();
                                }
                            },
                            CancellationToken.None);
                        await pending.Writer.WriteAsync(task, stop.Token).ConfigureAwait(false);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception e)
                {
                    pending.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private CohortOutcome Process(CohortInput input, CohortOptions options)
    {
        SubjectId? subject = null;
        try
        {
            if (input.Error is { } error)
            {
                return CohortOutcome.Failure(input.Index, input.Line, null, [error]);
            }

            var patient = input.Profile;
            string? inputHash = null;
            if (patient is null)
            {
                var read = Json.ReadProfile(input.Utf8Json);
                if (read.Profile is null)
                {
                    return CohortOutcome.Failure(input.Index, input.Line, null, read.Diagnostics);
                }

                patient = read.Profile;

                // The record's bytes as read identify the input exactly, and hashing them is far cheaper than
                // serialising the profile again.
                inputHash = options.Evaluation.ComputeInputHash ? ResistanceJson.HashOf(input.Utf8Json) : null;
            }

            subject = patient.Subject;
            var diagnostics = _validation.Validate(patient);
            if (HasError(diagnostics))
            {
                return CohortOutcome.Failure(input.Index, input.Line, subject, DiagnosticValues.Apply(diagnostics, Json.IncludeValuesInDiagnostics));
            }

            return CohortOutcome.Success(input.Index, input.Line, Evaluate(patient, options.Evaluation, diagnostics, inputHash));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever happens to one record, the run goes on and the record still yields its outcome.
            var error = EvaluationDiagnostic.Error(DiagnosticCodes.RecordFailed, $"the record could not be processed ({e.GetType().Name})");
            ImmutableArray<EvaluationDiagnostic> errors = [Json.IncludeValuesInDiagnostics ? error with { Value = e.Message } : error];
            return CohortOutcome.Failure(input.Index, input.Line, subject, errors);
        }
    }
}
