using System.Text;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.SystemicSclerosis.Tests;

/// <summary>The pipeline and JSON helpers the tests share.</summary>
internal static class Ssc
{
    public static ResistancePipeline Pipeline { get; } = new ResistancePipelineBuilder().AddSystemicSclerosis().Build();

    /// <summary>Computes an instrument from JSON through the pipeline and returns the parsed result, failing on any error.</summary>
    public static JsonObject Compute(InstrumentId instrument, string json, ResistancePipeline? pipeline = null)
    {
        var computation = (pipeline ?? Pipeline).ComputeInstrument(instrument, Encoding.UTF8.GetBytes(json));
        Assert.False(computation.HasErrors, string.Join("\n", computation.Diagnostics));
        return JsonNode.Parse(computation.ResultText()!)!.AsObject();
    }

    /// <summary>Computes an instrument from JSON through the pipeline and returns the diagnostics.</summary>
    public static IReadOnlyList<EvaluationDiagnostic> Diagnostics(InstrumentId instrument, string json) =>
        Pipeline.ComputeInstrument(instrument, Encoding.UTF8.GetBytes(json)).Diagnostics;

    public static string AllSites(int score) =>
        "{\"sites\":[" + string.Join(",", Enum.GetValues<MrssSite>().Select(s => $"{{\"site\":\"{SiteName(s)}\",\"score\":{score}}}")) + "]}";

    public static string SiteName(MrssSite site)
    {
        var name = System.Text.Json.JsonSerializer.Serialize(site, SiteInfo);
        return name.Trim('"');
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<MrssSite> SiteInfo =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<MrssSite>)Pipeline.Json.Options.GetTypeInfo(typeof(MrssSite));
}
