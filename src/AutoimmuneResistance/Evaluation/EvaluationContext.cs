namespace AutoimmuneResistance;

/// <summary>
/// What an evaluator sees for one patient: the profile, the evaluation date, the pipeline's selected definition sets
/// and catalogs, and a small per-evaluation cache for values several evaluators derive from the same data.
/// </summary>
/// <remarks>
/// One context serves one patient's evaluation; evaluators of that patient run one after another, so the context is
/// not shared between threads.
/// </remarks>
public sealed class EvaluationContext
{
    private object?[]? _properties;

    /// <summary>Creates a context. The pipeline creates one per patient; tests may create their own.</summary>
    /// <param name="patient">The profile.</param>
    /// <param name="asOf">The evaluation date: facts after it are ignored by well-behaved evaluators.</param>
    /// <param name="definitions">The selected definition sets; empty when <see langword="null"/>.</param>
    /// <param name="therapies">The therapy catalog; <see cref="TherapyCatalog.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="services">Services from the host's container, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/> is <see langword="null"/>.</exception>
    public EvaluationContext(
        PatientProfile patient,
        DateOnly asOf,
        SelectedDefinitionSets? definitions = null,
        TherapyCatalog? therapies = null,
        IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        Patient = patient;
        AsOf = asOf;
        Definitions = definitions ?? SelectedDefinitionSets.Empty;
        Therapies = therapies ?? TherapyCatalog.BuiltIn;
        Services = services;
    }

    /// <summary>Gets the profile being evaluated.</summary>
    public PatientProfile Patient { get; }

    /// <summary>Gets the evaluation date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the definition sets the pipeline selected.</summary>
    public SelectedDefinitionSets Definitions { get; }

    /// <summary>Gets the therapy catalog of the pipeline (built-in therapies plus those modules added).</summary>
    public TherapyCatalog Therapies { get; }

    /// <summary>Gets the host's services.</summary>
    /// <value><see langword="null"/> when the pipeline was built without a container.</value>
    public IServiceProvider? Services { get; }

    /// <summary>Returns the value stored under <paramref name="key"/>, computing and storing it on first use.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="factory">Computes the value from this context on first use.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public T GetOrAdd<T>(EvaluationPropertyKey<T> key, Func<EvaluationContext, T> factory)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);

        // A flat array of key/value pairs: a handful of keys per module makes a dictionary slower, not faster.
        var properties = _properties;
        if (properties is not null)
        {
            for (var i = 0; i < properties.Length && properties[i] is not null; i += 2)
            {
                if (ReferenceEquals(properties[i], key))
                {
                    return (T)properties[i + 1]!;
                }
            }
        }

        var value = factory(this);
        Store(key, value);
        return value;
    }

    private void Store(object key, object? value)
    {
        _properties ??= new object?[8];
        var i = 0;
        while (i < _properties.Length && _properties[i] is not null)
        {
            i += 2;
        }

        if (i == _properties.Length)
        {
            Array.Resize(ref _properties, _properties.Length * 2);
        }

        _properties[i] = key;
        _properties[i + 1] = value;
    }
}
