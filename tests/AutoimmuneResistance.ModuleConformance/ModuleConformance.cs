using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.ModuleConformance;

/// <summary>One broken rule of the module contract: which check, about what, and why.</summary>
/// <param name="Check">The check that failed (for example <c>unique-ids</c>).</param>
/// <param name="Subject">What it is about (an id, a kind, a path).</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record ConformanceViolation(string Check, string Subject, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"[{Check}] {Subject}: {Message}";
}

/// <summary>
/// The module contract's checks, each returning the violations it finds (empty when the module conforms). No test
/// framework: call them from any test runner, or derive a test class from <see cref="ModuleConformanceTests"/>, which
/// runs every one of them as an xUnit fact.
/// </summary>
/// <remarks>
/// The checks read only the public API of the pipeline the module is registered in: its descriptors, catalogs, JSON
/// contract and results. A module passes by construction where the pipeline builder already refuses a configuration
/// (duplicate evaluator ids, unknown mechanisms); these checks cover what the builder cannot see.
/// </remarks>
public static class ModuleConformance
{
    /// <summary>
    /// Ids are unique within their kind (instruments, evaluators, mechanisms, selected definition sets, declared
    /// treatment options) and every id the module mints starts with its disease id and a dot.
    /// </summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="disease">The module's disease id.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> UniqueIds(ResistancePipeline pipeline, DiseaseId disease)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var violations = new List<ConformanceViolation>();
        var prefix = disease.Value + ".";
        Unique("instrument", pipeline.Instruments.Select(i => i.Id.Value), violations);
        Unique("evaluator", pipeline.Evaluators.Select(e => e.Id.Value), violations);
        Unique("mechanism", pipeline.Mechanisms.All.Select(m => m.Id.Value), violations);
        Unique("definition set", pipeline.Definitions.All.Select(d => d.Id.Value), violations);
        Unique("treatment option", pipeline.ResultsHeader.Options.Select(o => o.Key), violations);
        foreach (var evaluator in pipeline.Evaluators.Where(e => e.AppliesTo.Contains(disease)))
        {
            Namespaced("evaluator", evaluator.Id.Value, prefix, violations);
        }

        foreach (var kind in ModuleKinds(pipeline, disease))
        {
            Namespaced("kind", kind, prefix, violations);
        }

        return violations;
    }

    /// <summary>Every mechanism of the module traces to a seed claim of <see cref="SeedClaims"/> or cites a source.</summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="disease">The module's disease id.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> MechanismsTraced(ResistancePipeline pipeline, DiseaseId disease)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var violations = new List<ConformanceViolation>();
        foreach (var mechanism in pipeline.Mechanisms.All.Where(m => m.Id.Value.StartsWith(disease.Value + ".", StringComparison.Ordinal)))
        {
            if (mechanism.Claims.IsEmpty && mechanism.Sources.IsEmpty)
            {
                violations.Add(new("mechanisms-traced", mechanism.Id.Value, "names neither a seed claim nor a source"));
            }

            foreach (var claim in mechanism.Claims.Where(c => !SeedClaims.TryGet(c, out _)))
            {
                violations.Add(new("mechanisms-traced", mechanism.Id.Value, $"names seed claim '{claim}', which the seed catalog does not hold"));
            }

            if (string.IsNullOrWhiteSpace(mechanism.Title) || string.IsNullOrWhiteSpace(mechanism.Description))
            {
                violations.Add(new("mechanisms-traced", mechanism.Id.Value, "has no title or no description"));
            }
        }

        return violations;
    }

    /// <summary>
    /// Every evaluator of the module has a title, at least one source, applies to the module's disease and speaks to
    /// at least one mechanism the pipeline knows.
    /// </summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="disease">The module's disease id.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> EvaluatorDescriptorsComplete(ResistancePipeline pipeline, DiseaseId disease)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var violations = new List<ConformanceViolation>();
        var evaluators = pipeline.Evaluators.Where(e => e.Id.Value.StartsWith(disease.Value + ".", StringComparison.Ordinal)).ToList();
        if (evaluators.Count == 0 && !pipeline.Instruments.Any(i => i.Id.Value.StartsWith(disease.Value + ".", StringComparison.Ordinal)))
        {
            violations.Add(new("evaluator-descriptors", disease.Value, "the module registers neither an evaluator nor an instrument"));
        }

        foreach (var evaluator in evaluators)
        {
            var id = evaluator.Id.Value;
            if (string.IsNullOrWhiteSpace(evaluator.Title))
            {
                violations.Add(new("evaluator-descriptors", id, "has no title"));
            }

            if (evaluator.Sources.IsEmpty)
            {
                violations.Add(new("evaluator-descriptors", id, "cites no source"));
            }

            if (!evaluator.AppliesTo.Contains(disease))
            {
                violations.Add(new("evaluator-descriptors", id, $"does not apply to its module's disease '{disease}'"));
            }

            if (evaluator.Mechanisms.IsEmpty)
            {
                violations.Add(new("evaluator-descriptors", id, "speaks to no mechanism"));
            }
        }

        foreach (var instrument in pipeline.Instruments.Where(i => i.Id.Value.StartsWith(disease.Value + ".", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(instrument.Title) || instrument.Sources.IsEmpty)
            {
                violations.Add(new("evaluator-descriptors", instrument.Id.Value, "an instrument needs a title and at least one source"));
            }
        }

        return violations;
    }

    /// <summary>
    /// Every JSON kind the module registers appears in the samples, and the samples round-trip byte for byte: each
    /// profile (written, read back, written again) and each assessment of it (written, read back, written again).
    /// </summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="disease">The module's disease id.</param>
    /// <param name="profiles">Sample profiles that between them hold every kind the module registers, in their profile or their assessment.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> KindsRoundTrip(ResistancePipeline pipeline, DiseaseId disease, IEnumerable<PatientProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(profiles);
        var violations = new List<ConformanceViolation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            var subject = profile.Subject.Value;
            var written = pipeline.Json.SerializeToUtf8Bytes(profile);
            CollectKinds(JsonNode.Parse(written), seen);
            var read = pipeline.Json.ReadProfile(written);
            if (read.HasErrors || read.Profile is null)
            {
                violations.Add(new("kinds-round-trip", subject, "the profile as written does not read back: " + string.Join("; ", read.Diagnostics)));
                continue;
            }

            if (!written.AsSpan().SequenceEqual(pipeline.Json.SerializeToUtf8Bytes(read.Profile)))
            {
                violations.Add(new("kinds-round-trip", subject, "the profile read back writes different JSON"));
            }

            var assessmentJson = pipeline.Json.Serialize(pipeline.Evaluate(profile));
            CollectKinds(JsonNode.Parse(assessmentJson), seen);
            var again = pipeline.Json.Serialize(pipeline.Json.DeserializeAssessment(Encoding.UTF8.GetBytes(assessmentJson)));
            if (!string.Equals(assessmentJson, again, StringComparison.Ordinal))
            {
                violations.Add(new("kinds-round-trip", subject, "the assessment read back writes different JSON"));
            }
        }

        foreach (var kind in ModuleKinds(pipeline, disease).Where(k => !seen.Contains(k)))
        {
            violations.Add(new("kinds-round-trip", kind, "no sample profile or assessment holds this registered kind, so its round trip is not checked"));
        }

        return violations;
    }

    /// <summary>
    /// Every instrument of the module has a sample input, computes from it without error, and its input and result
    /// documents round-trip through the pipeline's JSON contract byte for byte.
    /// </summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="disease">The module's disease id.</param>
    /// <param name="inputs">A valid input document per instrument (several per instrument are fine).</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> InstrumentsRoundTrip(ResistancePipeline pipeline, DiseaseId disease, IEnumerable<(InstrumentId Instrument, string InputJson)> inputs)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        var violations = new List<ConformanceViolation>();
        var samples = inputs.ToList();
        foreach (var descriptor in pipeline.Instruments.Where(i => i.Id.Value.StartsWith(disease.Value + ".", StringComparison.Ordinal)))
        {
            var id = descriptor.Id;
            if (!samples.Any(s => s.Instrument == id))
            {
                violations.Add(new("instruments-round-trip", id.Value, "no sample input"));
            }
        }

        var options = pipeline.Json.Options;
        foreach (var (id, json) in samples)
        {
            if (!pipeline.TryGetInstrument(id, out var instrument))
            {
                violations.Add(new("instruments-round-trip", id.Value, "a sample names an instrument the pipeline does not hold"));
                continue;
            }

            var computation = pipeline.ComputeInstrument(id, Encoding.UTF8.GetBytes(json));
            if (computation.HasErrors || computation.ResultJson is not { } result)
            {
                violations.Add(new("instruments-round-trip", id.Value, "the sample input does not compute: " + string.Join("; ", computation.Diagnostics)));
                continue;
            }

            var input = JsonSerializer.Deserialize(json, options.GetTypeInfo(instrument.InputType));
            var inputOnce = JsonSerializer.SerializeToUtf8Bytes(input, options.GetTypeInfo(instrument.InputType));
            var inputTwice = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(inputOnce, options.GetTypeInfo(instrument.InputType)), options.GetTypeInfo(instrument.InputType));
            if (!inputOnce.AsSpan().SequenceEqual(inputTwice))
            {
                violations.Add(new("instruments-round-trip", id.Value, "the input read back writes different JSON"));
            }

            var resultAgain = JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize(result.Span, options.GetTypeInfo(instrument.ResultType)), options.GetTypeInfo(instrument.ResultType));
            if (!result.Span.SequenceEqual(resultAgain))
            {
                violations.Add(new("instruments-round-trip", id.Value, "the result read back writes different JSON"));
            }
        }

        return violations;
    }

    /// <summary>A cohort evaluated in parallel gives, record for record, the same JSON as evaluated one after another.</summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="profiles">The cohort.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> ParallelEqualsSequential(ResistancePipeline pipeline, IReadOnlyList<PatientProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(profiles);
        var sequential = profiles.Select(p => pipeline.Json.Serialize(pipeline.Evaluate(p))).ToArray();
        var parallel = new string[profiles.Count];
        Parallel.For(0, profiles.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
            parallel[i] = pipeline.Json.Serialize(pipeline.Evaluate(profiles[i])));
        var violations = new List<ConformanceViolation>();
        for (var i = 0; i < profiles.Count; i++)
        {
            if (!string.Equals(sequential[i], parallel[i], StringComparison.Ordinal))
            {
                violations.Add(new("thread-safety", profiles[i].Subject.Value, "evaluated in parallel, the assessment differs from the one evaluated alone"));
            }
        }

        return violations;
    }

    /// <summary>The same profile evaluated twice, and by a second pipeline built the same way, gives byte-identical JSON.</summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="twin">A second pipeline built the same way.</param>
    /// <param name="profiles">The profiles.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> Deterministic(ResistancePipeline pipeline, ResistancePipeline twin, IEnumerable<PatientProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(twin);
        ArgumentNullException.ThrowIfNull(profiles);
        var violations = new List<ConformanceViolation>();
        foreach (var profile in profiles)
        {
            var first = pipeline.Json.SerializeToUtf8Bytes(pipeline.Evaluate(profile));
            var second = pipeline.Json.SerializeToUtf8Bytes(pipeline.Evaluate(profile));
            var third = twin.Json.SerializeToUtf8Bytes(twin.Evaluate(profile));
            if (!first.AsSpan().SequenceEqual(second) || !first.AsSpan().SequenceEqual(third))
            {
                violations.Add(new("determinism", profile.Subject.Value, "the same input gave different JSON"));
            }
        }

        return violations;
    }

    /// <summary>
    /// Every fact path and course path of every finding resolves to a node of the evaluated profile's JSON (as the
    /// pipeline writes it), so a reader can follow each one back to the data it names.
    /// </summary>
    /// <param name="pipeline">A pipeline with the module registered.</param>
    /// <param name="profiles">The profiles.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> FactPathsResolve(ResistancePipeline pipeline, IEnumerable<PatientProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(profiles);
        var violations = new List<ConformanceViolation>();
        var checkedPaths = 0;
        foreach (var profile in profiles)
        {
            var root = JsonNode.Parse(pipeline.Json.Serialize(profile));
            foreach (var finding in pipeline.Evaluate(profile).Findings)
            {
                var paths = finding.Course is { } course ? finding.Facts.Append(course) : finding.Facts;
                foreach (var path in paths)
                {
                    checkedPaths++;
                    if (!Resolves(root, path))
                    {
                        violations.Add(new("fact-paths", $"{profile.Subject} {finding.Id} ({finding.Rule})", $"'{path}' names no node of the profile"));
                    }
                }
            }
        }

        if (checkedPaths == 0)
        {
            violations.Add(new("fact-paths", "samples", "no finding over the sample profiles names a fact, so no path was checked; give profiles the evaluators read"));
        }

        return violations;
    }

    /// <summary>Returns whether a JSON path of the form the library writes (<c>$</c>, <c>.name</c>, <c>[index]</c>) names a node of <paramref name="root"/>.</summary>
    /// <param name="root">The document.</param>
    /// <param name="path">The path, for example <c>$.therapies[2].doseChanges[0]</c>.</param>
    /// <returns>Whether the node exists.</returns>
    public static bool Resolves(JsonNode? root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('$'))
        {
            return false;
        }

        var node = root;
        var i = 1;
        while (i < path.Length)
        {
            if (node is null)
            {
                return false;
            }

            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                var name = path[(i + 1)..end];
                if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node))
                {
                    return false;
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || node is not JsonArray array
                    || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
                i = end + 1;
            }
            else
            {
                return false;
            }
        }

        return node is not null;
    }

    /// <summary>Every check over a module, in one list.</summary>
    /// <param name="createPipeline">Builds a pipeline with the module registered (called twice, for the determinism check).</param>
    /// <param name="disease">The module's disease id.</param>
    /// <param name="profiles">Sample profiles (see <see cref="KindsRoundTrip"/>).</param>
    /// <param name="inputs">Sample instrument inputs (see <see cref="InstrumentsRoundTrip"/>).</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<ConformanceViolation> CheckAll(
        Func<ResistancePipeline> createPipeline, DiseaseId disease, IReadOnlyList<PatientProfile> profiles, IEnumerable<(InstrumentId Instrument, string InputJson)> inputs)
    {
        ArgumentNullException.ThrowIfNull(createPipeline);
        var pipeline = createPipeline();
        return
        [
            .. UniqueIds(pipeline, disease),
            .. MechanismsTraced(pipeline, disease),
            .. EvaluatorDescriptorsComplete(pipeline, disease),
            .. KindsRoundTrip(pipeline, disease, profiles),
            .. InstrumentsRoundTrip(pipeline, disease, inputs),
            .. ParallelEqualsSequential(pipeline, profiles),
            .. Deterministic(pipeline, createPipeline(), profiles),
            .. FactPathsResolve(pipeline, profiles),
        ];
    }

    private static IEnumerable<string> ModuleKinds(ResistancePipeline pipeline, DiseaseId disease) =>
        pipeline.Json.KindsByBase.Values.SelectMany(k => k)
            .Where(k => !k.StartsWith("core.", StringComparison.Ordinal) && (k.StartsWith(disease.Value + ".", StringComparison.Ordinal) || !k.Contains('.', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static void Unique(string what, IEnumerable<string> ids, List<ConformanceViolation> violations)
    {
        foreach (var group in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            violations.Add(new("unique-ids", group.Key, $"{group.Count()} {what}s share this id"));
        }
    }

    private static void Namespaced(string what, string id, string prefix, List<ConformanceViolation> violations)
    {
        if (!id.StartsWith(prefix, StringComparison.Ordinal))
        {
            violations.Add(new("unique-ids", id, $"the {what} id does not start with '{prefix}'"));
        }
    }

    private static void CollectKinds(JsonNode? node, HashSet<string> kinds)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "$kind" && value is JsonValue v && v.TryGetValue<string>(out var kind))
                    {
                        kinds.Add(kind);
                    }
                    else
                    {
                        CollectKinds(value, kinds);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectKinds(item, kinds);
                }

                break;
        }
    }
}
