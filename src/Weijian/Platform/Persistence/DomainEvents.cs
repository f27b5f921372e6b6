namespace Weijian.Platform.Persistence;

/// <summary>
/// A subscriber to a fact another module records (a penalty decided, a license granted, a false commitment found).
/// Modules depend on Platform and on the modules docs/architecture.md allows, never the reverse; a fact therefore flows
/// from the module that records it to the modules that may read it through <see cref="WeijianDb.Raise"/> and this
/// interface. Subscribers run inside the raising unit of work, before its single save, so what they add (a credit
/// record, a publication clock, audit entries) commits or fails with the act itself. They must not call
/// <c>SaveChangesAsync</c>.
/// </summary>
public interface IDomainEventSubscriber<in TEvent>
    where TEvent : class
{
    Task OnAsync(TEvent domainEvent, CancellationToken ct);
}
