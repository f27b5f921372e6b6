using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Platform.Authorization;

/// <summary>
/// The one mechanism for public writes (docs/adr/0013): the anonymous public becomes a visitor of exactly one bureau — no
/// user id, no roles, that bureau as organisation — and neither the system nor a signed-in user is ever turned into one.
/// </summary>
public sealed class VisitorActorTests
{
    private static readonly Guid Bureau = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid Neighbour = Guid.Parse("0195f0a0-0000-7000-8000-000000000002");

    [Fact]
    public void The_anonymous_public_becomes_a_visitor_of_the_bureau_without_user_or_roles()
    {
        var current = new CurrentActor();
        current.Value.IsAnonymous.ShouldBeTrue();

        var visitor = current.ActAsVisitorOf(Bureau, "网上申请：王经理");

        current.Value.ShouldBeSameAs(visitor);
        visitor.IsVisitor.ShouldBeTrue();
        visitor.IsAnonymous.ShouldBeFalse();
        visitor.IsSystem.ShouldBeFalse();
        visitor.IsAuthenticated.ShouldBeFalse();
        visitor.UserId.ShouldBeNull();
        visitor.Roles.ShouldBeEmpty();
        visitor.OrganizationId.ShouldBe(Bureau);
        visitor.Name.ShouldBe("网上申请：王经理");
        Should.Throw<DomainRuleException>(() => visitor.Require(Roles.WindowClerk)).Code.ShouldBe("auth.sign-in-required");
    }

    [Fact]
    public void A_visitor_acts_for_one_bureau_only()
    {
        var current = new CurrentActor();
        current.ActAsVisitorOf(Bureau, "被检查单位（扫码确认）");
        current.ActAsVisitorOf(Bureau, "被检查单位（扫码确认）").OrganizationId.ShouldBe(Bureau);
        Should.Throw<InvalidOperationException>(() => current.ActAsVisitorOf(Neighbour, "被检查单位（扫码确认）"));
        current.Value.OrganizationId.ShouldBe(Bureau);
    }

    [Fact]
    public void The_system_actor_is_never_turned_into_a_visitor()
    {
        var current = new CurrentActor { Value = Actor.System("演示数据") };
        Should.Throw<InvalidOperationException>(() => current.ActAsVisitorOf(Bureau, "网上申请"));
        current.Value.IsSystem.ShouldBeTrue();
    }

    [Fact]
    public void A_signed_in_user_keeps_their_rights_and_is_told_to_sign_out_for_a_public_form()
    {
        var user = new Actor(Guid.NewGuid(), "李四", Bureau, new HashSet<string> { Roles.Officer }, false);
        var current = new CurrentActor { Value = user };
        Should.Throw<DomainRuleException>(() => current.ActAsVisitorOf(Bureau, "网上申请")).Code.ShouldBe("auth.public-form-signed-in");
        current.Value.ShouldBeSameAs(user);
        user.IsVisitor.ShouldBeFalse();
    }
}
