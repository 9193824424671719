namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Registers only the activity instruments (through the same internal ActivityRegistration the lupus module calls) and
// the module's JSON metadata, so that these tests see the activity instruments alone.
internal sealed class ActivityTestModule : IDiseaseModule
{
    public static ResistancePipeline Pipeline { get; } = new ResistancePipelineBuilder().AddModule(new ActivityTestModule()).Build();

    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = LupusIds.Sle,
        Name = "Systemic lupus erythematosus (activity instruments only)",
        Module = "AutoimmuneResistance.Lupus.Tests",
        Version = "0.0.0",
    };

    public void Configure(DiseaseModuleContext context)
    {
        context.AddJsonTypeInfoResolver(LupusJsonContext.Default);
        ActivityRegistration.Register(context);
    }
}
