using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;

namespace AutoimmuneResistance;

/// <summary>
/// Turns patient profiles into explained <see cref="ResistanceAssessment"/>s: validates each profile, runs every
/// applicable evaluator in evaluator-id order, and attaches a manifest. Build one with
/// <see cref="ResistancePipelineBuilder"/> or <c>services.AddAutoimmuneResistance(...)</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: register it as a singleton and share it across threads. It holds no disposable
/// resources. Evaluation is a pure function of the profile, the evaluation date and the selected definition sets.
/// </remarks>
[DebuggerDisplay("Diseases = {Diseases.Length}, Evaluators = {Evaluators.Length}")]
public sealed partial class ResistancePipeline
{
    private readonly ImmutableArray<IResistanceEvaluator> _evaluators;
    private readonly ProfileValidation _validation;
    private readonly IServiceProvider? _services;
    private readonly AssessmentManifest _manifest;
    private readonly FrozenDictionary<InstrumentId, IClinicalInstrument> _instruments;
    private readonly ImmutableArray<IVerdictContributor> _contributors;
    private readonly FrozenSet<string> _headerCitationKeys;
    private readonly FrozenDictionary<string, TreatmentOption> _declaredOptions;

    internal ResistancePipeline(
        ImmutableArray<IResistanceEvaluator> evaluators,
        ImmutableArray<DiseaseDescriptor> diseases,
        MechanismCatalog mechanisms,
        TherapyCatalog therapies,
        SelectedDefinitionSets definitions,
        ResistanceJson json,
        ProfileValidation validation,
        ImmutableArray<IClinicalInstrument> instruments,
        ImmutableArray<IVerdictContributor> contributors,
        ImmutableArray<TreatmentOption> treatmentOptions,
        IServiceProvider? services)
    {
        _contributors = contributors;
        _declaredOptions = treatmentOptions.ToFrozenDictionary(o => o.Key, StringComparer.Ordinal);
        _instruments = instruments.ToFrozenDictionary(i => i.Descriptor.Id);
        Instruments = [.. instruments.Select(i => i.Descriptor)];
        _evaluators = evaluators;
        _validation = validation;
        _services = services;
        Evaluators = [.. evaluators.Select(e => e.Descriptor)];
        Diseases = diseases;
        Mechanisms = mechanisms;
        Therapies = therapies;
        Definitions = definitions;
        Json = json;
        _manifest = new AssessmentManifest
        {
            LibraryVersion = LibraryVersion.Core,
            Modules = [.. diseases.Select(d => new ModuleReference { Disease = d.Id, Module = d.Module, Version = d.Version })],
            Evaluators = [.. Evaluators.Select(e => new EvaluatorReference { Id = e.Id, Version = e.Version })],
            DefinitionSets = definitions.References(),
        };
        ResultsHeader = new ResultsHeader
        {
            Format = ResultsHeader.FormatName,
            SchemaVersion = ResistanceAssessment.CurrentSchemaVersion,
            Manifest = _manifest,
            Citations = DeclaredCitations(evaluators, treatmentOptions, mechanisms, definitions),
            Options = treatmentOptions,
        };
        _headerCitationKeys = ResultsHeader.Citations.Select(c => c.Key).ToFrozenSet(StringComparer.Ordinal);
    }

    // Every publication the pipeline's parts declare, once each by key, in a stable order: evaluators (by id), the
    // declared treatment options (and the effects they rest on), mechanisms, definition sets.
    private static ImmutableArray<Citation> DeclaredCitations(
        ImmutableArray<IResistanceEvaluator> evaluators,
        ImmutableArray<TreatmentOption> options,
        MechanismCatalog mechanisms,
        SelectedDefinitionSets definitions)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var declared = ImmutableArray.CreateBuilder<Citation>();
        foreach (var citation in evaluators.SelectMany(e => e.Descriptor.Sources)
            .Concat(options.SelectMany(o => o.Citations))
            .Concat(options.SelectMany(o => o.Effects).Select(e => e.Citation))
            .Concat(mechanisms.All.SelectMany(m => m.Sources))
            .Concat(definitions.All.SelectMany(d => d.Sources)))
        {
            if (keys.Add(citation.Key))
            {
                declared.Add(citation);
            }
        }

        return declared.ToImmutable();
    }

    /// <summary>Gets the descriptors of the pipeline's evaluators, ordered by id.</summary>
    public ImmutableArray<EvaluatorDescriptor> Evaluators { get; }

    /// <summary>Gets the registered diseases, ordered by id.</summary>
    public ImmutableArray<DiseaseDescriptor> Diseases { get; }

    /// <summary>Gets the mechanism catalog: the core mechanisms plus those modules added.</summary>
    public MechanismCatalog Mechanisms { get; }

    /// <summary>Gets the therapy catalog: the built-in therapies plus those modules added.</summary>
    public TherapyCatalog Therapies { get; }

    /// <summary>Gets the selected definition sets.</summary>
    public SelectedDefinitionSets Definitions { get; }

    /// <summary>
    /// Gets every definition set the pipeline knows, ordered by id: each set the modules registered (the defaults and
    /// their published alternatives, for example <c>sle.activity.window-30</c>) and any set given to
    /// <see cref="ResistancePipelineBuilder.UseDefinitionSet(DefinitionSet)"/>. <see cref="Definitions"/> holds the ones
    /// selected; the others are what a caller may select by id.
    /// </summary>
    public ImmutableArray<DefinitionSet> AvailableDefinitionSets { get; internal init; } = [];

    /// <summary>Gets the JSON contract covering the core and every registered module.</summary>
    public ResistanceJson Json { get; }

    /// <summary>
    /// Gets the header of the JSON Lines results files this pipeline writes: the manifest without an input hash, and
    /// every publication its evaluators, verdict contributors, mechanisms and definition sets declare.
    /// </summary>
    public ResultsHeader ResultsHeader { get; }

    /// <summary>Gets the descriptors of the registered clinical instruments, ordered by id.</summary>
    public ImmutableArray<InstrumentDescriptor> Instruments { get; }

    /// <summary>Returns the registered instrument with id <paramref name="id"/>.</summary>
    /// <param name="id">The instrument id (for example <c>sle.sledai-2k</c>).</param>
    /// <param name="instrument">The instrument, when registered.</param>
    /// <returns><see langword="true"/> when an instrument with that id is registered.</returns>
    public bool TryGetInstrument(InstrumentId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IClinicalInstrument? instrument) =>
        _instruments.TryGetValue(id, out instrument);

    /// <summary>
    /// Computes an instrument from a UTF-8 JSON input document to a JSON result document, under the pipeline's
    /// selected definition sets. Never throws for bad input: an unknown instrument id, malformed JSON or an invalid
    /// input comes back as path-qualified diagnostics.
    /// </summary>
    /// <param name="id">The instrument id.</param>
    /// <param name="utf8JsonInput">The input document.</param>
    /// <returns>The result document or the diagnostics.</returns>
    public InstrumentComputation ComputeInstrument(InstrumentId id, ReadOnlySpan<byte> utf8JsonInput)
    {
        if (!_instruments.TryGetValue(id, out var instrument))
        {
            var known = Instruments.Length == 0 ? "none (register a disease module)" : string.Join(", ", Instruments.Select(i => i.Id.Value));
            return new InstrumentComputation
            {
                Instrument = id,
                Diagnostics = [EvaluationDiagnostic.Error(DiagnosticCodes.UnknownInstrument, $"instrument '{id}' is not registered; registered instruments: {known}")],
            };
        }

        var computation = instrument.Compute(utf8JsonInput, Json.Options, Definitions);
        var diagnostics = DiagnosticValues.Apply(computation.Diagnostics, Json.IncludeValuesInDiagnostics);
        return diagnostics == computation.Diagnostics ? computation : computation with { Diagnostics = diagnostics };
    }

    /// <summary>Validates a profile against the core rules and every registered validator.</summary>
    /// <param name="patient">The profile.</param>
    /// <returns>Every diagnostic, each with a stable code and a JSON path; empty when the profile is clean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/> is <see langword="null"/>.</exception>
    public ImmutableArray<EvaluationDiagnostic> Validate(PatientProfile patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return DiagnosticValues.Apply(_validation.Validate(patient), Json.IncludeValuesInDiagnostics);
    }

    /// <summary>
    /// Evaluates one profile. An invalid profile is not evaluated: the assessment then carries the validation errors
    /// and no findings. An evaluator that throws becomes an error diagnostic attributed to it; the others still run.
    /// </summary>
    /// <param name="patient">The profile.</param>
    /// <param name="options">Per-call options; <see cref="EvaluationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/> is <see langword="null"/>.</exception>
    public ResistanceAssessment Evaluate(PatientProfile patient, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return Evaluate(patient, options ?? EvaluationOptions.Default, _validation.Validate(patient));
    }

    // Every assessment leaves through here: the diagnostics' details (patient values, exception messages) are removed
    // unless the pipeline was built to include them.
    private ResistanceAssessment Evaluate(PatientProfile patient, EvaluationOptions options, ImmutableArray<EvaluationDiagnostic> diagnostics, string? inputHash = null)
    {
        var assessment = EvaluateWithValues(patient, options, diagnostics, inputHash);
        var shown = DiagnosticValues.Apply(assessment.Diagnostics, Json.IncludeValuesInDiagnostics);
        return shown == assessment.Diagnostics ? assessment : assessment with { Diagnostics = shown };
    }

    // The input hash is the caller's (a JSON Lines record's bytes as read) when given, else the hash of the profile's
    // serialised form (a profile built in code).
    private ResistanceAssessment EvaluateWithValues(PatientProfile patient, EvaluationOptions options, ImmutableArray<EvaluationDiagnostic> diagnostics, string? inputHash = null)
    {
        var invalid = HasError(diagnostics);
        var manifest = _manifest;
        if (options.ComputeInputHash && inputHash is not null)
        {
            manifest = _manifest with { InputHash = inputHash };
        }
        else if (options.ComputeInputHash)
        {
            try
            {
                manifest = _manifest with { InputHash = Json.ComputeContentHash(patient) };
            }
            catch (NotSupportedException e)
            {
                diagnostics = diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.UnregisteredType,
                    "the input hash could not be computed: the profile holds a value of a type no registered module can write; register the module that defines the type", value: e.Message));
            }
            catch (JsonException e)
            {
                // Only a value the contract refuses to write gets here, and validation reports such values first.
                diagnostics = diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.InvalidValue,
                    "the input hash could not be computed because the profile holds a value the JSON contract cannot write", value: e.Message));
            }
        }

        if (invalid)
        {
            return new ResistanceAssessment { Subject = patient.Subject, AsOf = options.AsOf, Diagnostics = diagnostics, Manifest = manifest };
        }

        var asOf = options.AsOf ?? patient.LatestRecordedDate();
        if (asOf is null)
        {
            return new ResistanceAssessment
            {
                Subject = patient.Subject,
                Diagnostics = diagnostics.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.NoEvaluationDate,
                    "the profile records no date to evaluate as of; pass EvaluationOptions.AsOf")),
                Manifest = manifest,
            };
        }

        var (output, verdict) = Run(patient, asOf.Value);
        return new ResistanceAssessment
        {
            Subject = patient.Subject,
            AsOf = asOf,
            Verdict = verdict,
            Findings = [.. output.Findings],
            Diagnostics = output.Diagnostics.Count == 0 ? diagnostics : diagnostics.AddRange(output.Diagnostics),
            Manifest = manifest,
        };
    }

    /// <summary>The evaluator instances in run order; exposed to the benchmarks to break a run down per evaluator.</summary>
    internal ImmutableArray<IResistanceEvaluator> EvaluatorInstances => _evaluators;

    /// <summary>Runs the applicable evaluators, then the verdict contributors; exposed to the benchmarks to measure the pipeline's own overhead.</summary>
    internal (EvaluationOutput Output, ResistanceVerdict Verdict) Run(PatientProfile patient, DateOnly asOf)
    {
        var context = new EvaluationContext(patient, asOf, Definitions, Therapies, _services);
        var output = RunEvaluators(context);
        return (output, Judge(context, output));
    }

    private EvaluationOutput RunEvaluators(EvaluationContext context)
    {
        var patient = context.Patient;
        var output = new EvaluationOutput();
        foreach (var evaluator in _evaluators)
        {
            var descriptor = evaluator.Descriptor;
            if (!descriptor.AppliesToPatient(patient))
            {
                continue;
            }

            var mark = output.FindingCount;
            output.BeginEvaluator(descriptor.Id);
            try
            {
                evaluator.Evaluate(context, output);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failing evaluator must not take the patient, or the other evaluators, down with it; its partial
                // findings are dropped so that what remains is never a half-finished rule.
                output.TruncateFindings(mark);
                output.Report(new EvaluationDiagnostic
                {
                    Severity = DiagnosticSeverity.Error,
                    Code = DiagnosticCodes.EvaluatorFailed,
                    Message = $"evaluator '{descriptor.Id}' failed with {e.GetType().Name}",
                    Value = e.Message,
                    Evaluator = descriptor.Id,
                });
            }
            finally
            {
                output.EndEvaluator();
            }
        }

        return output;
    }

    // The verdict contributors of the patient's diseases, in disease-id order; one that throws loses its own verdicts
    // only, like an evaluator.
    internal ResistanceVerdict Judge(EvaluationContext context, EvaluationOutput output)
    {
        var reported = new VerdictBuilder();
        var problems = new List<EvaluationDiagnostic>();
        var any = false;
        foreach (var contributor in _contributors)
        {
            if (!context.Patient.HasDiagnosis(contributor.Disease))
            {
                continue;
            }

            any = true;
            var (therapies, domains, explanations) = (reported.Therapies.Count, reported.Domains.Count, reported.Explanations.Count);
            try
            {
                contributor.Contribute(context, output.Findings, reported);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reported.Truncate(therapies, domains, explanations);
                problems.Add(EvaluationDiagnostic.Error(
                    DiagnosticCodes.VerdictContributorFailed,
                    $"the verdict contributor of '{contributor.Disease}' failed with {e.GetType().Name}", value: e.Message));
            }
        }

        ResistanceVerdict verdict;
        try
        {
            verdict = any ? VerdictAssembler.Assemble(output.Findings, reported, Mechanisms, problems) : VerdictAssembler.Empty(output.Findings);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or InvalidOperationException)
        {
            // A contributor reported a verdict the contract forbids (a null list element, a null id): the findings
            // stand, and the verdict says it could not be assembled.
            problems.Add(EvaluationDiagnostic.Error(
                DiagnosticCodes.VerdictContributorFailed,
                $"the verdict could not be assembled from what the contributors reported ({e.GetType().Name})", value: e.Message));
            verdict = VerdictAssembler.Empty(output.Findings);
        }

        foreach (var problem in problems)
        {
            output.Report(problem);
        }

        return verdict;
    }

    private static bool HasError(ImmutableArray<EvaluationDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
