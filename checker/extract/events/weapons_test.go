package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestWeaponClaims(t *testing.T) {
	const lead = "A gunman opened fire in the attack on the Carrow Vale depot on Monday. "
	tests := []struct {
		name, doc string
		want      []string // value | value text
	}{
		{"a gun carried in", lead + "The gunman carried a rifle into the depot, police said.",
			[]string{"rifle rifle|rifle"}},
		{"a gauge and words between", lead + "He fired a 20-gauge pump-action shotgun from the doorway.",
			[]string{"shotgun shotgun 20-gauge|20-gauge pump-action shotgun"}},
		{"a calibre", lead + "Police said he aimed a .38-caliber revolver at the guard.",
			[]string{"handgun revolver .38|.38-caliber revolver"}},
		{"a calibre split from its dot", lead + "Police said he aimed a. 44 calibre revolver at the guard.",
			[]string{"handgun revolver .44|44 calibre revolver"}},
		{"a dotted calibre alone", lead + "Police said he aimed a .41 Magnum revolver at the guard.",
			[]string{"handgun revolver .41|.41 Magnum revolver"}},
		{"millimetres", lead + "The gunman fired a 9mm pistol.",
			[]string{"handgun pistol 9mm|9mm pistol"}},
		{"the same gun again without its calibre", lead + "Police said he aimed a .38-caliber revolver at the guard. The revolver was loaded.",
			[]string{"handgun revolver .38|.38-caliber revolver", "handgun revolver .38|revolver"}},
		{"two calibres are two guns", lead + "He carried a .38-caliber revolver and his brother a .45-caliber revolver. The revolver was loaded.",
			[]string{"handgun revolver .38|.38-caliber revolver", "handgun revolver .45|.45-caliber revolver", "handgun revolver|revolver"}},
		{"either gun is no claim", lead + "Neighbours thought he carried either a rifle or a pistol.", nil},
		{"a gun or another is no claim", lead + "Witnesses said he used a shotgun or a rifle.", nil},
		{"a plural is a cache", lead + "Police found five rifles in the van.", nil},
		{"a permit is no gun", lead + "His application for a handgun permit was refused last year.", nil},
		{"shells are no gun", lead + "A box of shotgun shells lay in his car.", nil},
		{"a toy", lead + "The boy held a toy pistol.", nil},
		{"a verb", lead + "Thieves then began to rifle through the drawers.", nil},
		{"an idiom", lead + "His brother rode shotgun in the van.", nil},
		{"a denied gun", lead + "Police said it was not a rifle.", nil},
		{"possession is another offence", lead + "Years ago he was fined for keeping an unregistered pistol.", nil},
		{"a responder's gun", lead + "A deputy's rifle was taken for testing.", nil},
		{"a service pistol", lead + "The sergeant drew his service pistol.", nil},
		{"a gun aimed at an officer is the attacker's", lead + "The gunman fired at an officer with a rifle.",
			[]string{"rifle rifle|rifle"}},
		{"no attack, no weapon claim", "The collector showed a rifle at the Carrow Vale fair on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range run(t, tt.doc) {
				if c.Kind == claim.KindWeapon {
					got = append(got, c.Value+"|"+c.ValueText)
					assert.Equal(t, claim.EventKey("attack", "carrow vale"), c.SubjectKey)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWeaponClaimsOfADeath(t *testing.T) {
	doc := "Ilse Varga was killed in her shop on Monday. The killing of Ilse Varga shocked the town. Police said her killer used a shotgun."
	var keys []string
	for _, c := range run(t, doc) {
		if c.Kind == claim.KindWeapon {
			keys = append(keys, c.SubjectKey.String()+"|"+c.Value)
		}
	}
	assert.Equal(t, []string{"event:attack:ilse varga|shotgun shotgun"}, keys)
}
