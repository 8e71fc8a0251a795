package kpg.lib.apis_test

import data.kpg.lib.apis

# removal skips objects whose apiVersion has no "beta" (see apis.rego): the table must hold no other kind.
test_every_removed_api_version_is_a_beta if {
	every version, _ in apis.removed {
		contains(version, "beta")
	}
}

test_removal_of_a_removed_api if {
	apis.removal.release == 16 with input as {"apiVersion": "extensions/v1beta1", "kind": "Deployment"}
}

test_no_removal_of_a_served_api if {
	not apis.removal with input as {"apiVersion": "apps/v1", "kind": "Deployment"}
}
