import ComplaintDomain

extension Organization {
    /// A received case's life begins with its routing, and a flag when whoever took it is not
    /// on the roster (regulation 4: it is taken all the same).
    func lifeAtReceipt(_ record: ComplaintRecord) -> CaseLife {
        let decision = router.route(RoutingInput(channel: record.channel, kind: record.kind, nature: record.nature ?? .ordinary,
                                                 receivedAt: record.receivedAt, beyondManagerAuthority: record.beyondManagerAuthority))
        return CaseLife(routing: decision, flagged: member(record.receivedBy) == nil)
    }
}
