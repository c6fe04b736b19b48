"""Self-neglect that puts someone in danger is heard (issue 17): a stranger trying the stack wrote "i
left the gas on again yesterday and the fire brigade came" and got "I have kept that" and no help."""
from __future__ import annotations


def test_the_fire_brigade_called_out_to_someone_who_left_the_gas_on_is_heard(listening):
    # A stranger on the stack got "I have kept that" and no help.
    assert listening.check("i left the gas on again yesterday and the fire brigade came").categories == ["neglect"]
    assert listening.check("the fire brigade came to fit a smoke alarm").categories == []
