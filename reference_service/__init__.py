"""The reference service: a stand-in for an outside service that receives signed intakes (it plays the other party)."""
