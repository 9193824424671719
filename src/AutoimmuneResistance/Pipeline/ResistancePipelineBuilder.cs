using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// Configures and builds a <see cref="ResistancePipeline"/> without any dependency-injection container, for
/// notebooks, scripts and tests; <c>services.AddAutoimmuneResistance(...)</c> uses the same builder.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Build"/> checks the whole configuration and reports every problem at once: duplicate evaluator ids or
/// diseases, evaluators that speak to unknown mechanisms, unknown or conflicting definition-set selections, invalid
/// definition sets, and JSON kinds outside a module's namespace.
/// </para>
/// <para>The builder is not thread-safe; the pipeline it builds is. Building twice gives two equivalent pipelines.</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = new ResistancePipelineBuilder()
///     .AddModule(new MyDiseaseModule())
///     .AddEvaluator(new MyEvaluator())
///     .Build();
/// </code>
/// </example>
public sealed class ResistancePipelineBuilder
{
    private readonly List<IDiseaseModule> _modules = [];
    private readonly List<Func<IServiceProvider?, IResistanceEvaluator>> _evaluators = [];
    private readonly List<IProfileValidator> _validators = [];
    private readonly List<DefinitionSetId> _selectedIds = [];
    private readonly List<DefinitionSet> _customSets = [];
    private ProfileReadLimits _readLimits = ProfileReadLimits.Default;
    private bool _includeValues;

    /// <summary>Gets the modules added so far, in order.</summary>
    public IReadOnlyList<IDiseaseModule> Modules => _modules;

    /// <summary>Adds a disease module.</summary>
    /// <param name="module">The module.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="module"/> is <see langword="null"/>.</exception>
    public ResistancePipelineBuilder AddModule(IDiseaseModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        _modules.Add(module);
        return this;
    }

    /// <summary>Adds an evaluator instance (stateless and thread-safe).</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is <see langword="null"/>.</exception>
    public ResistancePipelineBuilder AddEvaluator(IResistanceEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        _evaluators.Add(_ => evaluator);
        return this;
    }

    /// <summary>Adds an evaluator created at build time from the services passed to <see cref="Build"/>.</summary>
    /// <param name="factory">Creates the evaluator; receives <see langword="null"/> when building without a container.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is <see langword="null"/>.</exception>
    public ResistancePipelineBuilder AddEvaluator(Func<IServiceProvider?, IResistanceEvaluator> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _evaluators.Add(factory);
        return this;
    }

    /// <summary>Adds a profile validator that runs after the core and module rules.</summary>
    /// <param name="validator">The validator.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validator"/> is <see langword="null"/>.</exception>
    public ResistancePipelineBuilder AddProfileValidator(IProfileValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _validators.Add(validator);
        return this;
    }

    /// <summary>Selects a registered definition set in place of the default of its type.</summary>
    /// <param name="id">The id of a set a module registered.</param>
    /// <returns>This builder.</returns>
    public ResistancePipelineBuilder UseDefinitionSet(DefinitionSetId id)
    {
        _selectedIds.Add(id);
        return this;
    }

    /// <summary>
    /// Uses a custom definition set (for example a registered one tuned with <c>with { ... }</c>) in place of the
    /// default of its type. Give it an id of its own so that manifests tell it apart from the published variant.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public ResistancePipelineBuilder UseDefinitionSet(DefinitionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        _customSets.Add(set);
        return this;
    }

    /// <summary>Sets the limits on reading one profile from JSON (<see cref="ResistanceJson.ReadProfile(ReadOnlySpan{byte})"/> of the pipeline's <see cref="ResistancePipeline.Json"/>, cohorts included).</summary>
    /// <param name="limits">The limits; <see cref="ProfileReadLimits.Default"/> unless set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range; the message names it.</exception>
    public ResistancePipelineBuilder WithProfileReadLimits(ProfileReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        _readLimits = limits;
        return this;
    }

    /// <summary>
    /// Makes diagnostics carry the data behind them in <see cref="EvaluationDiagnostic.Value"/>: the offending value as
    /// read, or the message of an exception an evaluator threw. Off by default, so that diagnostics (which are logged,
    /// written to results files and shared) name the field, the rule and the expected form but hold no patient data;
    /// switch it on to check your own data.
    /// </summary>
    /// <param name="include"><see langword="true"/> to include values; <see langword="false"/> restores the default.</param>
    /// <returns>This builder.</returns>
    public ResistancePipelineBuilder IncludeValuesInDiagnostics(bool include = true)
    {
        _includeValues = include;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline.</summary>
    /// <param name="services">The host's services, passed to evaluator factories and evaluation contexts; <see langword="null"/> without a container.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">The configuration is invalid; the message lists every problem.</exception>
    public ResistancePipeline Build(IServiceProvider? services = null)
    {
        var problems = new List<string>();
        var contexts = new List<DiseaseModuleContext>();
        foreach (var module in _modules)
        {
            var context = new DiseaseModuleContext(module.Disease ?? throw new InvalidOperationException($"Module {module.GetType().Name} has no disease descriptor."));
            module.Configure(context);
            contexts.Add(context);
        }

        foreach (var duplicate in contexts.GroupBy(c => c.Disease.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"disease '{duplicate.Key}' is registered by {duplicate.Count()} modules; add each module once");
        }

        var evaluators = contexts.SelectMany(c => c.Evaluators).Concat(_evaluators.Select(f => f(services))).ToList();
        foreach (var duplicate in evaluators.GroupBy(e => e.Descriptor.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"evaluator id '{duplicate.Key}' is used by {duplicate.Count()} evaluators; evaluator ids must be unique");
        }

        var mechanisms = MechanismCatalog.BuiltIn;
        var therapies = TherapyCatalog.BuiltIn;
        try
        {
            mechanisms = mechanisms.With(contexts.SelectMany(c => c.Mechanisms));
            therapies = therapies.With(contexts.SelectMany(c => c.Therapies));
        }
        catch (ArgumentException e)
        {
            problems.Add(e.Message);
        }

        foreach (var evaluator in evaluators)
        {
            foreach (var mechanism in evaluator.Descriptor.Mechanisms)
            {
                if (!mechanisms.TryGet(mechanism, out _))
                {
                    problems.Add($"evaluator '{evaluator.Descriptor.Id}' speaks to mechanism '{mechanism}', which no registered catalog defines");
                }
            }
        }

        foreach (var context in contexts)
        {
            foreach (var instrument in context.Instruments)
            {
                if (!instrument.Descriptor.Id.Value.StartsWith(context.Disease.Id.Value + ".", StringComparison.Ordinal))
                {
                    problems.Add($"instrument '{instrument.Descriptor.Id}' must start with '{context.Disease.Id}.' (instrument ids are namespaced by their module's disease id)");
                }
            }
        }

        foreach (var context in contexts)
        {
            foreach (var contributor in context.VerdictContributors)
            {
                if (contributor.Disease != context.Disease.Id)
                {
                    problems.Add($"module '{context.Disease.Id}' adds a verdict contributor for disease '{contributor.Disease}'; a module contributes verdicts for its own disease only");
                }
            }
        }

        var declaredOptions = new Dictionary<string, TreatmentOption>(StringComparer.Ordinal);
        foreach (var option in contexts.SelectMany(c => c.TreatmentOptions))
        {
            if (option is null)
            {
                problems.Add("a module declares a null treatment option");
            }
            else if (declaredOptions.TryGetValue(option.Key, out var other) && (!TreatmentOptionJsonConverter.IsLaidOver(option, other) || !option.Citations.SequenceEqual(other.Citations)))
            {
                problems.Add($"treatment option key '{option.Key}' is declared twice with different content; keys are unique across the pipeline");
            }
            else
            {
                declaredOptions.TryAdd(option.Key, option);
            }
        }

        var instruments = contexts.SelectMany(c => c.Instruments).ToList();
        foreach (var duplicate in instruments.GroupBy(i => i.Descriptor.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"instrument id '{duplicate.Key}' is registered {duplicate.Count()} times");
        }

        var definitions = SelectDefinitionSets(contexts, problems);
        var registrations = ResistanceJson.CoreRegistrations.Concat(contexts.SelectMany(c => c.DerivedTypes)).ToList();
        foreach (var registration in registrations)
        {
            problems.AddRange(registration.Problems());
        }

        foreach (var duplicate in registrations.GroupBy(r => (r.BaseType, r.Kind)).Where(g => g.Count() > 1))
        {
            problems.Add($"JSON kind '{duplicate.Key.Kind}' is registered {duplicate.Count()} times for {duplicate.Key.BaseType.Name}");
        }

        if (problems.Count > 0)
        {
            var message = new StringBuilder("The resistance pipeline configuration is invalid:");
            foreach (var problem in problems)
            {
                message.Append("\n- ").Append(problem);
            }

            throw new InvalidOperationException(message.ToString());
        }

        var diseases = contexts.Select(c => c.Disease).OrderBy(d => d.Id).ToImmutableArray();
        var json = new ResistanceJson(contexts.SelectMany(c => c.JsonResolvers).ToList<IJsonTypeInfoResolver>(), registrations, _readLimits, _includeValues);
        var validator = new ProfileValidation(
            new CoreProfileValidator(therapies, diseases.Select(d => d.Id).ToFrozenSet()),
            [.. contexts.SelectMany(c => c.Validators), .. _validators]);

        return new ResistancePipeline(
            [.. evaluators.OrderBy(e => e.Descriptor.Id)],
            diseases,
            mechanisms,
            therapies,
            definitions,
            json,
            validator,
            [.. instruments.OrderBy(i => i.Descriptor.Id)],
            [.. contexts.OrderBy(c => c.Disease.Id).SelectMany(c => c.VerdictContributors)],
            [.. declaredOptions.Values.OrderBy(o => o.Key, StringComparer.Ordinal)],
            services)
        {
            AvailableDefinitionSets =
            [
                .. contexts.SelectMany(c => c.DefinitionSets.Select(r => r.Set))
                    .Concat(definitions.All)
                    .DistinctBy(s => s.Id)
                    .OrderBy(s => s.Id.Value, StringComparer.Ordinal),
            ],
        };
    }

    private SelectedDefinitionSets SelectDefinitionSets(List<DiseaseModuleContext> contexts, List<string> problems)
    {
        var registered = contexts.SelectMany(c => c.DefinitionSets).ToList();
        foreach (var duplicate in registered.GroupBy(r => r.Set.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"definition set id '{duplicate.Key}' is registered {duplicate.Count()} times");
        }

        var selected = new Dictionary<Type, DefinitionSet>();
        foreach (var family in registered.GroupBy(r => r.Set.GetType()))
        {
            var defaults = family.Where(r => r.IsDefault).ToList();
            if (defaults.Count != 1)
            {
                problems.Add($"{family.Key.Name} has {defaults.Count} default definition sets; exactly one must be the default");
                continue;
            }

            selected[family.Key] = defaults[0].Set;
        }

        var chosenTypes = new HashSet<Type>();
        foreach (var id in _selectedIds)
        {
            var match = registered.FirstOrDefault(r => r.Set.Id == id).Set;
            if (match is null)
            {
                var known = string.Join(", ", registered.Select(r => r.Set.Id.Value).Distinct().Order(StringComparer.Ordinal));
                problems.Add($"definition set '{id}' is not registered; registered sets: {(known.Length == 0 ? "none" : known)}");
                continue;
            }

            Choose(match, chosenTypes, selected, problems);
        }

        foreach (var custom in _customSets)
        {
            // A results file names the sets by id, so one id must mean one content in a pipeline.
            if (registered.FirstOrDefault(r => r.Set.Id == custom.Id).Set is { } same && !same.Equals(custom))
            {
                problems.Add($"the custom definition set '{custom.Id}' differs from the registered set of the same id; give a changed set an id of its own");
                continue;
            }

            Choose(custom, chosenTypes, selected, problems);
        }

        // Every set a user may select by id is checked, not only the selected ones: an input can name any of them.
        foreach (var set in registered.Select(r => r.Set).Concat(selected.Values).Distinct())
        {
            foreach (var problem in set.Validate())
            {
                problems.Add($"definition set '{set.Id}' is invalid: {problem}");
            }
        }

        return new SelectedDefinitionSets(selected.Values);
    }

    private static void Choose(DefinitionSet set, HashSet<Type> chosenTypes, Dictionary<Type, DefinitionSet> selected, List<string> problems)
    {
        if (!chosenTypes.Add(set.GetType()))
        {
            problems.Add($"more than one {set.GetType().Name} was selected (last: '{set.Id}'); select one per type");
            return;
        }

        selected[set.GetType()] = set;
    }
}
