namespace AutoimmuneResistance.Lupus.Tests.Instruments;

// Registers only the activity instruments (through the same internal ActivityRegistration the lupus module calls), so
// that these tests run whether or not LupusModule.Configure calls it yet.
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

    public void Configure(DiseaseModuleContext context) => ActivityRegistration.Register(context);
}
