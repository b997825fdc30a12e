namespace KhmerRougeHistory.Api.Querying.Graph;

/// <summary>Every entity the assembly declares (<see cref="IEntityModule"/>), in the order of their root fields.</summary>
public static class EntityModules
{
    public static IReadOnlyList<IEntityModule> All { get; } = Discover();

    // The modules are created here without reading their static declarations (Query, Filter), which read other
    // modules' and SubjectModules, and so this list: a module's Position must stay a constant, not read a static.
    private static List<IEntityModule> Discover()
    {
        List<IEntityModule> modules = [.. typeof(IEntityModule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEntityModule).IsAssignableFrom(t))
            .Select(t => (IEntityModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Position)];

        // Two modules at one position would put their root fields in whichever order reflection found them.
        if (modules.GroupBy(m => m.Position).FirstOrDefault(g => g.Count() > 1) is { } tie)
        {
            throw new InvalidOperationException($"{string.Join(" and ", tie.Select(m => m.GetType().Name))} both declare position {tie.Key}.");
        }

        return modules;
    }
}
